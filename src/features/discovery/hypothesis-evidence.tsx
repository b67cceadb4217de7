import { useId } from 'react';
import { Link } from 'wouter';
import { evidenceCounts } from '../../domain/discovery/evidence';
import type { Evidence, EvidenceStance, Interview } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { paths } from '../../ui/paths';
import { dayText } from '../../ui/date-text';
import { shortLabel } from '../../domain/limits';

interface HypothesisEvidenceProps {
  productId: string;
  evidence: readonly Evidence[];
  interviews: ReadonlyMap<string, Interview>;
}

/** How many interviews support and refute the hypothesis, each one a link to its interview. */
export function HypothesisEvidence({ productId, evidence, interviews }: HypothesisEvidenceProps) {
  const { t, language } = useTranslation();
  const id = useId();
  const counts = evidenceCounts([...evidence]);
  const list = (stance: EvidenceStance) => {
    const items = evidence.filter((e) => e.stance === stance);
    if (items.length === 0) return null;
    return (
      <div className="evidence-group">
        <span className={`evidence-group__title evidence-group__title--${stance}`}>{t(stance === 'supports' ? 'discovery.hypotheses.supportsList' : 'discovery.hypotheses.refutesList')}</span>
        <ul className="evidence-links">
          {items.map((e) => {
            const source = interviews.get(e.interviewId);
            return (
              <li key={e.id}>
                {e.feedbackId ? (
                  <Link href={paths.feedback(productId, e.feedbackId)} title={e.excerpt}>
                    {t('discovery.hypotheses.feedbackEvidenceLink', { excerpt: shortLabel(e.excerpt, 60) })}
                  </Link>
                ) : source ? (
                  <Link href={paths.interview(productId, source.id)} title={e.excerpt || undefined}>
                    {t('discovery.hypotheses.evidenceLink', { alias: source.alias, date: dayText(source.date, language) })}
                  </Link>
                ) : (
                  e.excerpt
                )}
              </li>
            );
          })}
        </ul>
      </div>
    );
  };
  return (
    <div className="hypothesis__evidence" aria-labelledby={`${id}-title`} role="group">
      <p className="hypothesis__evidence-title" id={`${id}-title`}>
        <strong>{t('discovery.hypotheses.evidenceFrom')}</strong> {evidence.length === 0 ? t('discovery.hypotheses.noEvidence') : t('discovery.hypotheses.evidenceCounts', { supports: counts.supports, refutes: counts.refutes })}
      </p>
      {list('supports')}
      {list('refutes')}
    </div>
  );
}
