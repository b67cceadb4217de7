import { Link } from 'wouter';
import { setLinkImportance, unlinkFeedback } from '../../db/feedback-link-commands';
import { unlinkEvidence } from '../../db/interview-commands';
import type { Evidence, Hypothesis } from '../../domain/discovery/types';
import { IMPORTANCES, type FeedbackLink, type Importance } from '../../domain/feedback/types';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';

interface NoteLinksProps {
  productId: string;
  links: readonly FeedbackLink[];
  evidence: readonly Evidence[];
  initiatives: ReadonlyMap<string, Initiative>;
  hypotheses: ReadonlyMap<string, Hypothesis>;
  readOnly: boolean;
}

/** What a note is linked to: initiatives with their importance (changeable), and hypotheses it is evidence for. */
export function NoteLinks({ productId, links, evidence, initiatives, hypotheses, readOnly }: NoteLinksProps) {
  const { t } = useTranslation();
  const run = useCommand();
  if (links.length === 0 && evidence.length === 0) return <p className="note-links__none">{t('feedback.detail.noLinks')}</p>;
  return (
    <ul className="note-links">
      {links.map((link) => {
        const initiative = initiatives.get(link.initiativeId);
        if (!initiative) return null;
        return (
          <li key={link.id} className="note-link">
            <Link href={paths.initiative(productId, initiative.id)} className="note-link__title">
              {initiative.title}
            </Link>
            {link.excerpt && <q className="note-link__excerpt">{link.excerpt}</q>}
            <span className="note-link__actions">
              <select
                aria-label={t('feedback.detail.importanceOf', { title: initiative.title })}
                value={link.importance}
                disabled={readOnly}
                onChange={(e) => void run(() => setLinkImportance(link.id, e.target.value as Importance))}
              >
                {IMPORTANCES.map((i) => (
                  <option key={i} value={i}>
                    {t(`feedback.importance.${i}`)}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--small" disabled={readOnly} onClick={() => void run(() => unlinkFeedback(link.id))} aria-label={t('feedback.detail.unlinkFrom', { title: initiative.title })}>
                {t('feedback.detail.unlink')}
              </button>
            </span>
          </li>
        );
      })}
      {evidence.map((e) => {
        const hypothesis = hypotheses.get(e.hypothesisId);
        if (!hypothesis) return null;
        return (
          <li key={e.id} className="note-link">
            <Link href={paths.initiative(productId, hypothesis.initiativeId, 'discovery')} className="note-link__title">
              {t(e.stance === 'supports' ? 'feedback.detail.supports' : 'feedback.detail.refutes', { belief: hypothesis.belief })}
            </Link>
            {e.excerpt && <q className="note-link__excerpt">{e.excerpt}</q>}
            <span className="note-link__actions">
              <button type="button" className="button button--small" disabled={readOnly} onClick={() => void run(() => unlinkEvidence(e.id))} aria-label={t('feedback.detail.unlinkEvidence', { belief: hypothesis.belief })}>
                {t('feedback.detail.unlink')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
