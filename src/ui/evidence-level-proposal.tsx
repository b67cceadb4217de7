import { useLiveQuery } from 'dexie-react-hooks';
import { evidenceLevelProposalOf } from '../db/discovery-queries';
import { rescoreHypothesis } from '../db/hypothesis-commands';
import { useTranslation } from '../i18n/i18n';
import { announce } from './announcer';
import { showNotice } from './notices';
import { useCommand } from './use-command';
import { useUndoAction } from './use-history-step';
import './evidence-level-proposal.css';

/**
 * "Evidence level: 2/5 — the evidence now suggests 4/5 [Set to 4/5]", shown while the recorded
 * evidence justifies more than the level set; nothing otherwise. Setting it is one undoable rescore.
 */
export function EvidenceLevelProposal({ hypothesisId, onSet }: { hypothesisId: string; onSet?: () => void }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const found = useLiveQuery(() => evidenceLevelProposalOf(hypothesisId), [hypothesisId]);
  if (!found || found.proposed === null) return null;
  const { hypothesis: h, proposed } = found;

  const accept = async () => {
    const result = await run(() => rescoreHypothesis(h.id, { importance: h.importance, evidence: proposed }));
    if (!result.ok) return;
    const message = t('evidenceLevel.set', { level: proposed });
    announce(message);
    showNotice({ kind: 'info', message, action: undoAction(h.productId) });
    onSet?.();
  };

  return (
    <p className="evidence-proposal">
      <span>{t('evidenceLevel.proposal', { current: h.evidence, suggested: proposed })}</span>
      <button type="button" className="button button--small" onClick={accept}>
        {t('evidenceLevel.accept', { level: proposed })}
      </button>
    </p>
  );
}

/**
 * What a link dialog shows once its evidence is linked: it stays open to propose the level the new
 * link justifies. Rendered in the same Dialog as the form, so the dialog and its focus stay put.
 */
export function LinkedEvidence({ linked, hypothesisId, onSet }: { linked: string; hypothesisId: string; onSet: () => void }) {
  return (
    <>
      <p>{linked}</p>
      <EvidenceLevelProposal hypothesisId={hypothesisId} onSet={onSet} />
    </>
  );
}
