import { useTranslation } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

/** A refusal of the team server, said where the user acted. */
export function TeamError({ error }: { error: MessageKey | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error sharing-error" role="alert">
      {t(error)}
    </p>
  );
}
