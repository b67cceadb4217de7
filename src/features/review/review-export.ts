import { reviewMarkdown } from '../../domain/review/markdown';
import type { DateSpan } from '../../domain/review/period';
import type { ProductReview } from '../../domain/review/review';
import type { TFunction } from '../../i18n/i18n';
import { downloadText, fileSlug } from '../../ui/download';
import { reviewTexts } from './review-words';

export interface ReviewDocument {
  review: ProductReview;
  product: string;
  /** The period in words ("October 2026"), and as the file name says it ("2026-10", "sprint-12"). */
  periodLabel: string;
  periodFile: string;
  span: DateSpan;
  today: string;
}

/** The review as Markdown in the UI language. */
export function reviewText(doc: ReviewDocument, t: TFunction, language: string): string {
  return reviewMarkdown(doc.review, reviewTexts(doc.product, doc.periodLabel, doc.span, doc.today, t, language));
}

/** Downloads the review as review-<product>-<period>.md. */
export function downloadReview(doc: ReviewDocument, t: TFunction, language: string) {
  const name = `review-${fileSlug(doc.product, 'product')}-${fileSlug(doc.periodFile, 'period')}.md`;
  downloadText(reviewText(doc, t, language), name, 'text/markdown;charset=utf-8');
}
