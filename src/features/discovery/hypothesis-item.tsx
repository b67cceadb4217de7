import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { experimentsOf, evidenceOfHypothesis, interview, statusHistory } from '../../db/discovery-queries';
import { deleteHypothesis } from '../../db/hypothesis-commands';
import type { Hypothesis, Interview } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { DisclosureButton } from '../../ui/disclosure-button';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { categoryLabels, statementOf } from './discovery-words';
import { EvidenceLevelProposal } from '../../ui/evidence-level-proposal';
import { ExperimentList } from './experiment-list';
import { HypothesisAnswers } from './hypothesis-answers';
import { HypothesisEvidence } from './hypothesis-evidence';
import { LearningField, StatusControl, StatusHistory } from './hypothesis-status';
import { PlanExperimentDialog } from './plan-experiment-dialog';
import { StatusBadge } from './status-badge';

interface HypothesisItemProps {
  hypothesis: Hypothesis;
  /** Its number on the assumption map. */
  number: number;
  productId: string;
  /** Open its details at once (a hypothesis just logged). */
  initiallyOpen: boolean;
}

/** One hypothesis: its statement and scores; opened, its evidence, status, learning, history and experiments. */
export function HypothesisItem({ hypothesis: h, number, productId, initiallyOpen }: HypothesisItemProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const [planning, setPlanning] = useState(false);
  const [open, setOpen] = useState(initiallyOpen);
  const related = useLiveQuery(async () => {
    if (!open) return null;
    const [experiments, evidence, history] = await Promise.all([experimentsOf(h.id), evidenceOfHypothesis(h.id), statusHistory(h.id)]);
    const ids = [...new Set(evidence.map((e) => e.interviewId).filter(Boolean))];
    const found = await Promise.all(ids.map((i) => interview(i)));
    const interviews = new Map<string, Interview>(found.filter((i): i is Interview => !!i).map((i) => [i.id, i]));
    return { experiments, evidence, history, interviews };
  }, [h.id, open]);

  const remove = async () => {
    const result = await run(() => deleteHypothesis(h.id));
    if (!result.ok) return;
    announce(t('discovery.hypotheses.deleted'));
    showNotice({
      kind: 'info',
      message: t('discovery.hypotheses.deleted'),
      action: undoAction(productId),
    });
  };

  return (
    <li className="hypothesis">
      <h4 id={`${id}-title`} className="hypothesis__statement">
        <DisclosureButton open={open} controls={`${id}-details`} onToggle={() => setOpen(!open)} fit="clamp">
          <span className="hypothesis__number">{number}.</span> {statementOf(h, t)}
        </DisclosureButton>
      </h4>
      <p className="hypothesis__facts">
        <StatusBadge status={h.status} />
        <span className="badge">{categoryLabels(t)[h.category]}</span>
        <span className="badge">{t('discovery.hypotheses.scores', { importance: h.importance, evidence: h.evidence })}</span>
        {h.owner && <span className="badge">{t('discovery.hypotheses.ownerIs', { owner: h.owner })}</span>}
      </p>
      <EvidenceLevelProposal hypothesisId={h.id} />
      <div id={`${id}-details`} className="hypothesis__details" hidden={!open}>
        {open && (
          <>
            {related && <HypothesisEvidence productId={productId} evidence={related.evidence} interviews={related.interviews} />}
            <StatusControl hypothesis={h} />
            <LearningField key={`${h.id}:${h.status}`} hypothesis={h} />
            <HypothesisAnswers hypothesis={h} />
            {related && <StatusHistory history={related.history} />}
            {related && <ExperimentList hypothesis={h} experiments={related.experiments} productId={productId} />}
            <div className="hypothesis__actions">
              <button type="button" className="button button--small" aria-label={t('discovery.experiments.planLabel', { number })} onClick={() => setPlanning(true)}>
                {t('discovery.experiments.plan')}
              </button>
              <button type="button" className="button button--small button--danger" aria-label={t('discovery.hypotheses.deleteLabel', { number })} onClick={remove}>
                {t('discovery.hypotheses.delete')}
              </button>
            </div>
          </>
        )}
      </div>
      {planning && <PlanExperimentDialog hypothesis={h} productId={productId} onClose={() => setPlanning(false)} />}
    </li>
  );
}

