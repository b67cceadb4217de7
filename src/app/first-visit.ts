import { seedFirstVisit } from '../db/product-commands';
import { t } from '../i18n/i18n';
import { errorMessage } from '../ui/error-message';
import { showNotice } from '../ui/notices';

let seeding: Promise<void> | null = null;

/**
 * Creates the sample product on the very first visit, in the UI language. Started once, before
 * the first render, so opening the database overlaps with loading the page; only "/" waits for it.
 */
export function firstVisit(language: string): Promise<void> {
  seeding ??= seedFirstVisit(language === 'fr' ? 'fr' : 'en').then(
    () => undefined,
    (error: unknown) => showNotice({ kind: 'error', message: errorMessage(error, t) }),
  );
  return seeding;
}
