import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { addStage, removeStage, renameStage, reorderStage } from '../../db/stage-commands';
import { stagesOfLane } from '../../domain/lanes';
import { LANES, type Lane, type Stage } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { stageName } from '../../ui/stage-name';
import { useCommand } from '../../ui/use-command';
import { useStageCounts } from './stage-counts';

function StageRow({ stage, position, count, first, last }: { stage: Stage; position: number; count: number; first: boolean; last: boolean }) {
  const { t } = useTranslation();
  const run = useCommand();
  const name = stageName(stage, t);
  const [draft, setDraft] = useState(name);
  const save = () => {
    if (draft.trim() !== name) void run(() => renameStage(stage.id, draft));
  };
  return (
    <li className="stage-row">
      <input
        aria-label={t('stagesEditor.name', { position })}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <span className="count">{t('count.cards', { count })}</span>
      <button type="button" className="icon-button" disabled={first} aria-label={t('stagesEditor.moveUp', { stage: name })} onClick={() => void run(() => reorderStage(stage.id, -1))}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon-button" disabled={last} aria-label={t('stagesEditor.moveDown', { stage: name })} onClick={() => void run(() => reorderStage(stage.id, 1))}>
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={t('stagesEditor.remove', { stage: name })}
        title={count > 0 ? t('stagesEditor.holdsCards') : undefined}
        onClick={() => void run(() => removeStage(stage.id))}
      >
        <span aria-hidden="true">🗑</span>
      </button>
    </li>
  );
}

function LaneStages({ productId, lane, stages }: { productId: string; lane: Lane; stages: Stage[] }) {
  const { t } = useTranslation();
  const run = useCommand();
  const counts = useStageCounts((s) => s.counts);
  const [name, setName] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => addStage(productId, lane, name));
    if (result.ok) setName('');
  };
  return (
    <section className="lane-stages" aria-label={t('stagesEditor.laneStages', { lane: t(`lanes.${lane}`) })}>
      <h3>{t(`lanes.${lane}`)}</h3>
      <ol className="stage-rows">
        {stages.map((stage, i) => (
          <StageRow key={`${stage.id}:${stage.name}`} stage={stage} position={i + 1} count={counts[stage.id]?.total ?? 0} first={i === 0} last={i === stages.length - 1} />
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <input aria-label={t('stagesEditor.newName')} placeholder={t('stagesEditor.newName')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button">
          {t('stagesEditor.add', { lane: t(`lanes.${lane}`) })}
        </button>
      </form>
    </section>
  );
}

/** Renames, adds, removes and reorders the stages inside each lane. */
export function StagesDialog({ productId, stages, onClose }: { productId: string; stages: readonly Stage[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('stagesEditor.title')} onClose={onClose}>
      <div className="stages-editor">
        {LANES.map((lane) => (
          <LaneStages key={lane} productId={productId} lane={lane} stages={stagesOfLane(stages, lane)} />
        ))}
      </div>
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('stagesEditor.done')}
        </button>
      </div>
    </Dialog>
  );
}
