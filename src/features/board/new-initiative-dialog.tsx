import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { createInitiative } from '../../db/initiative-commands';
import { parseTags } from '../../domain/tags';
import type { Stage } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { drafts } from '../../ui/draft-store';
import { emptyFields, InitiativeFields, type InitiativeFieldValues } from '../../ui/initiative-fields';
import { stageName } from '../../ui/stage-name';
import { StageSelect } from '../../ui/stage-select';
import { useCommand } from '../../ui/use-command';
import { useDragStore } from './drag-store';

interface NewInitiativeDialogProps {
  stages: readonly Stage[];
  stageId: string;
  onClose: () => void;
}

/** Creates an initiative; what was typed stays in the form until the write succeeds. */
export function NewInitiativeDialog({ stages, stageId: initialStage, onClose }: NewInitiativeDialogProps) {
  const { t } = useTranslation();
  const run = useCommand();
  // What was typed survives a reload or an accidental close, until the initiative is created.
  const draftKey = `new-initiative:${stages[0]?.productId ?? ''}`;
  const [values, setValues] = useState(() => drafts.read<InitiativeFieldValues>(draftKey) ?? emptyFields);
  const change = (next: InitiativeFieldValues) => {
    setValues(next);
    drafts.write(draftKey, next);
  };
  const [stageId, setStageId] = useState(initialStage);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const stageField = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => createInitiative(stageId, { ...values, tags: parseTags(values.tags) }));
    if (result.ok) {
      drafts.clear(draftKey);
      useDragStore.getState().focusRequested(result.value.id);
      onClose();
    } else if (result.fields) setErrors(result.fields);
  };

  const stage = stages.find((s) => s.id === stageId);
  return (
    <Dialog title={t('initiative.createTitle', { stage: stage ? stageName(stage, t) : '' })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={stageField}>{t('initiative.stage')}</label>
          <StageSelect id={stageField} stages={stages} value={stageId} onChange={setStageId} />
        </div>
        <InitiativeFields values={values} errors={errors} onChange={change} autoFocusTitle />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('initiative.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
