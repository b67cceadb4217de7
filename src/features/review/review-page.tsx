import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { db } from '../../db/db';
import { reviewRecords } from '../../db/review-queries';
import { toLocalDate } from '../../domain/delivery/dates';
import { defaultReviewPeriod, isOngoing, parseReviewPeriod, reviewPeriodKey, reviewSpan } from '../../domain/review/period';
import { productReview } from '../../domain/review/review';
import { useTranslation } from '../../i18n/i18n';
import { copyText } from '../../ui/clipboard';
import { dayRangeText } from '../../ui/date-text';
import { paths } from '../../ui/paths';
import { useNow } from '../../ui/use-now';
import { PeriodPicker } from './period-picker';
import { downloadReview, reviewText, type ReviewDocument } from './review-export';
import { DiscoverySection, MovesSection } from './review-flow';
import { DeliverySection, ObjectivesSection, RitualsSection } from './review-results';
import { periodName } from './review-words';
import './review.css';

const dayOf = (ms: number) => toLocalDate(ms);

/**
 * The product review of a month, a quarter or a sprint (in the URL: ?period=2026-11, 2026-Q4,
 * sprint:<id>): what moved, what Discovery learned, what shipped and its outcomes, the objectives'
 * progress, the rituals held and the open action items. Printable, and exported as Markdown.
 */
export function ReviewPage({ productId }: { productId: string }) {
  const { t, language } = useTranslation();
  const [, navigate] = useLocation();
  const today = toLocalDate(useNow());
  const asked = new URLSearchParams(useSearch()).get('period');
  const period = useMemo(() => parseReviewPeriod(asked) ?? defaultReviewPeriod(today), [asked, today]);
  const product = useLiveQuery(() => db.products.get(productId), [productId]);
  const records = useLiveQuery(() => reviewRecords(productId), [productId]);
  const computed = useMemo(() => {
    const span = records ? reviewSpan(period, records.sprints) : null;
    return records && span ? { span, review: productReview(records, { span, dayOf }) } : null;
  }, [records, period]);
  if (!product || !records) return null;

  const label = periodName(period, records.sprints, t, language);
  const doc: ReviewDocument | null = computed && {
    ...computed,
    product: product.name,
    periodLabel: label,
    periodFile: period.kind === 'sprint' ? label : reviewPeriodKey(period),
    today,
  };
  const copy = () => doc && copyText(reviewText(doc, t, language), { copied: t('review.copied'), failed: t('review.copyFailed') });

  return (
    <div className="page review-page print-document">
      <div className="toolbar">
        <h1 className="toolbar__title">{t('review.title', { product: product.name })}</h1>
        <div className="toolbar__actions">
          <button type="button" className="button" onClick={() => window.print()} disabled={!doc}>
            {t('review.print')}
          </button>
          <button type="button" className="button" onClick={() => doc && downloadReview(doc, t, language)} disabled={!doc}>
            {t('review.downloadMarkdown')}
          </button>
          <button type="button" className="button" onClick={() => void copy()} disabled={!doc}>
            {t('review.copyMarkdown')}
          </button>
        </div>
      </div>
      <p className="review-intro">{t('review.intro')}</p>
      <PeriodPicker period={period} sprints={records.sprints} today={today} onChange={(key) => navigate(`${paths.review(productId)}?period=${encodeURIComponent(key)}`, { replace: true })} />
      {!doc ? (
        <p className="review-empty" role="status">
          {t('review.unknownSprint')}
        </p>
      ) : (
        <>
          <p className="review-period">
            <strong>{t('review.covers', { period: label, dates: dayRangeText(doc.span.start, doc.span.end, language) })}</strong>
            {isOngoing(doc.span, today) && <span> {t('review.ongoing')}</span>}
          </p>
          <MovesSection productId={productId} moves={doc.review.moves} />
          <DiscoverySection productId={productId} discovery={doc.review.discovery} />
          <DeliverySection productId={productId} delivery={doc.review.delivery} />
          <ObjectivesSection productId={productId} objectives={doc.review.objectives} />
          <RitualsSection productId={productId} rituals={doc.review.rituals} today={today} />
        </>
      )}
    </div>
  );
}
