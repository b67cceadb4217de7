import { useId, useState } from 'react';
import { deleteExperiment, startExperiment } from '../../db/experiment-commands';
import type { Experiment, Hypothesis } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { dayText } from '../../ui/date-text';
import { ConcludeExperimentDialog } from './conclude-experiment-dialog';

interface ExperimentListProps {
  hypothesis: Hypothesis;
  experiments: readonly Experiment[];
  productId: string;
}

/** The experiments run on a hypothesis: the test card, then the learning card once concluded. */
export function ExperimentList({ hypothesis, experiments, productId }: ExperimentListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [concluding, setConcluding] = useState<Experiment | null>(null);
  if (experiments.length === 0) return null;
  return (
    <section className="experiments" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('discovery.experiments.title')}</h5>
      <ul className="experiment-list">
        {experiments.map((e) => (
          <ExperimentItem key={e.id} experiment={e} productId={productId} onConclude={() => setConcluding(e)} />
        ))}
      </ul>
      {concluding && <ConcludeExperimentDialog experiment={concluding} hypothesis={hypothesis} onClose={() => setConcluding(null)} />}
    </section>
  );
}

function ExperimentItem({ experiment: e, productId, onConclude }: { experiment: Experiment; productId: string; onConclude: () => void }) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const method = t(`discovery.methods.${e.method}`);
  const none = t('discovery.experiments.none');

  const start = async () => {
    const result = await run(() => startExperiment(e.id));
    if (result.ok) announce(t('discovery.experiments.started'));
  };
  const remove = async () => {
    const result = await run(() => deleteExperiment(e.id));
    if (!result.ok) return;
    announce(t('discovery.experiments.deleted'));
    showNotice({ kind: 'info', message: t('discovery.experiments.deleted'), action: undoAction(productId) });
  };

  return (
    <li className="experiment">
      <p className="experiment__head">
        <strong>{method}</strong> <span className={`badge experiment__status experiment__status--${e.status}`}>{t(`discovery.experimentStatuses.${e.status}`)}</span>
      </p>
      <dl className="experiment__card">
        <dt>{t('discovery.experiments.measure')}</dt>
        <dd>{e.measure || none}</dd>
        <dt>{t('discovery.experiments.successCriterion')}</dt>
        <dd>{e.successCriterion || none}</dd>
        <dt>{t('discovery.experiments.deadline')}</dt>
        <dd>{e.deadline ? <time dateTime={e.deadline}>{dayText(e.deadline, language)}</time> : none}</dd>
        <dt>{t('discovery.experiments.owner')}</dt>
        <dd>{e.owner || none}</dd>
        {e.status === 'concluded' && (
          <>
            <dt>{t('discovery.experiments.observed')}</dt>
            <dd>{e.observed || none}</dd>
            <dt>{t('discovery.experiments.learned')}</dt>
            <dd>{e.learned || none}</dd>
            <dt>{t('discovery.experiments.decision')}</dt>
            <dd>{e.decision ? t(`discovery.statuses.${e.decision}`) : none}</dd>
            <dt>{t('discovery.experiments.nextStep')}</dt>
            <dd>{e.nextStep || none}</dd>
          </>
        )}
      </dl>
      <div className="experiment__actions">
        {e.status === 'planned' && (
          <button type="button" className="button button--small" aria-label={t('discovery.experiments.startLabel', { method })} onClick={start}>
            {t('discovery.experiments.start')}
          </button>
        )}
        {e.status === 'running' && (
          <button type="button" className="button button--small" aria-label={t('discovery.experiments.concludeLabel', { method })} onClick={onConclude}>
            {t('discovery.experiments.conclude')}
          </button>
        )}
        <button type="button" className="button button--small button--danger" aria-label={t('discovery.experiments.deleteLabel', { method })} onClick={remove}>
          {t('discovery.experiments.delete')}
        </button>
      </div>
    </li>
  );
}
