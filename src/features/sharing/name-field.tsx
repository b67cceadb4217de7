import { useState } from 'react';
import { cleanDisplayName, displayNameProblem } from '../../domain/member-name';
import { useTranslation } from '../../i18n/i18n';
import { TextField } from '../../ui/form-field';
import { usePreferences } from '../../ui/preferences';

const PROBLEMS = { required: 'sharing.nameRequired', tooLong: 'sharing.nameTooLong' } as const;

/** The name a person gives their team, offered again from the last time; checked as the server checks it. */
export function useDisplayName() {
  const remembered = usePreferences((s) => s.displayName);
  const displayNameUsed = usePreferences((s) => s.displayNameUsed);
  const [name, setName] = useState(remembered);
  const [error, setError] = useState<string | undefined>();
  return {
    name,
    setName,
    error,
    /** The name to send, or null after saying what is wrong with it. */
    checked(): string | null {
      const problem = displayNameProblem(name);
      setError(problem ? PROBLEMS[problem] : undefined);
      return problem ? null : cleanDisplayName(name);
    },
    remember: (used: string) => displayNameUsed(used),
  };
}

export function NameField({ field }: { field: ReturnType<typeof useDisplayName> }) {
  const { t } = useTranslation();
  return <TextField label={t('sharing.yourName')} help={t('sharing.yourNameHelp')} value={field.name} onChange={field.setName} error={field.error} required />;
}
