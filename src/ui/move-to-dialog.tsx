import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n/i18n';
import type { Stage } from '../domain/types';
import { Dialog } from './dialog';
import { StageSelect } from './stage-select';

interface MoveToDialogProps {
  title: string;
  stages: readonly Stage[];
  currentStageId: string;
  onMove: (stageId: string, edge: 'top' | 'bottom') => void;
  onClose: () => void;
}

/** The way to move a card without dragging (WCAG 2.5.7): a stage and an edge of it. */
export function MoveToDialog({ title, stages, currentStageId, onMove, onClose }: MoveToDialogProps) {
  const { t } = useTranslation();
  const [stageId, setStageId] = useState(currentStageId);
  const [edge, setEdge] = useState<'top' | 'bottom'>('bottom');
  const stageField = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onMove(stageId, edge);
  };

  return (
    <Dialog title={t('move.title', { title })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={stageField}>{t('move.stage')}</label>
          <StageSelect id={stageField} stages={stages} value={stageId} onChange={setStageId} />
        </div>
        <fieldset className="field">
          <legend>{t('move.position')}</legend>
          <label className="choice">
            <input type="radio" name="edge" checked={edge === 'top'} onChange={() => setEdge('top')} />
            {t('move.top')}
          </label>
          <label className="choice">
            <input type="radio" name="edge" checked={edge === 'bottom'} onChange={() => setEdge('bottom')} />
            {t('move.bottom')}
          </label>
        </fieldset>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('move.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
