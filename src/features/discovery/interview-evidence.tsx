import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { db } from '../../db/db';
import { evidenceOfInterview, hypothesis as findHypothesis } from '../../db/discovery-queries';
import { unlinkEvidence } from '../../db/interview-commands';
import type { Interview } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { statementOf } from './discovery-words';
import { LinkEvidenceDialog } from './link-evidence-dialog';
import { StatusBadge } from './status-badge';

/** The hypotheses an interview supports or refutes, and the way to link it to another one. */
export function InterviewEvidence({ interview, quote }: { interview: Interview; quote: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const id = useId();
  const [linking, setLinking] = useState(false);
  const links = useLiveQuery(async () => {
    const evidence = await evidenceOfInterview(interview.id);
    return Promise.all(
      evidence.map(async (e) => {
        const h = await findHypothesis(e.hypothesisId);
        const initiative = h ? await db.initiatives.get(h.initiativeId) : undefined;
        return { evidence: e, hypothesis: h ?? null, initiativeTitle: initiative?.title ?? '' };
      }),
    );
  }, [interview.id]);

  const unlink = async (evidenceId: string) => {
    const result = await run(() => unlinkEvidence(evidenceId));
    if (!result.ok) return;
    announce(t('discovery.interview.unlinked'));
    showNotice({
      kind: 'info',
      message: t('discovery.interview.unlinked'),
      action: undoAction(interview.productId),
    });
  };

  return (
    <section className="interview-section interview-evidence" aria-labelledby={`${id}-title`}>
      <div className="interview-evidence__header">
        <h2 id={`${id}-title`}>{t('discovery.interview.evidence')}</h2>
        <button type="button" className="button" onClick={() => setLinking(true)}>
          {t('discovery.interview.link')}
        </button>
      </div>
      {links && links.length === 0 && <p className="field__help">{t('discovery.interview.noEvidence')}</p>}
      {links && links.length > 0 && (
        <ul className="evidence-list">
          {links.map(({ evidence: e, hypothesis: h, initiativeTitle }) => {
            const statement = h ? statementOf(h, t) : '';
            return (
              <li key={e.id} className="evidence-item">
                <p className="evidence-item__head">
                  <span className={`stance stance--${e.stance}`}>{t(`discovery.stances.${e.stance}`)}</span>
                  {h && <StatusBadge status={h.status} />}
                </p>
                <p className="evidence-item__statement">{statement}</p>
                {e.excerpt && <blockquote className="evidence-item__excerpt">{e.excerpt}</blockquote>}
                <div className="evidence-item__actions">
                  {h && (
                    <Link href={paths.initiative(interview.productId, h.initiativeId, 'discovery')}>{t('discovery.interview.openInitiative', { title: initiativeTitle })}</Link>
                  )}
                  <button type="button" className="button button--small" aria-label={t('discovery.interview.unlinkLabel', { statement })} onClick={() => unlink(e.id)}>
                    {t('discovery.interview.unlink')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {linking && <LinkEvidenceDialog interview={interview} quote={quote} onClose={() => setLinking(false)} />}
    </section>
  );
}
