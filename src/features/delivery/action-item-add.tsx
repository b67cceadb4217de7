import { useState, type FormEvent } from 'react';
import { addActionItem } from '../../db/action-item-commands';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { drafts } from '../../ui/draft-store';
import { useCommand } from '../../ui/use-command';
import { ActionItemInputs, EMPTY_ACTION, fieldsOfAction, type ActionItemValues } from './action-item-fields';

/** Adds an action item to a running retrospective; what is typed survives a reload until added. */
export function ActionItemAdd({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const command = useCommand();
  const draftKey = `action-item:${runId}`;
  const [values, setValues] = useState<ActionItemValues>(() => drafts.read<ActionItemValues>(draftKey) ?? EMPTY_ACTION);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const change = (next: ActionItemValues) => {
    setValues(next);
    drafts.write(draftKey, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await command(() => addActionItem(runId, fieldsOfAction(values)));
    if (!result.ok) {
      setErrors(result.fields ?? {});
      return;
    }
    drafts.clear(draftKey);
    setValues(EMPTY_ACTION);
    setErrors({});
    announce(t('rituals.actions.added', { text: result.value.text }));
    // Ready for the next one: retrospectives often decide a few in a row.
    (event.target as HTMLFormElement).querySelector('input')?.focus();
  };

  return (
    <form className="form action-item-add" onSubmit={submit} noValidate aria-label={t('rituals.actions.addTitle')}>
      <ActionItemInputs values={values} errors={errors} onChange={change} />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('rituals.actions.add')}
        </button>
      </div>
    </form>
  );
}
