import { seedFirstVisit } from '../db/product-commands';
import { t } from '../i18n/i18n';
import { errorMessage, isStorageError } from '../ui/error-message';
import { showNotice } from '../ui/notices';

let seeding: Promise<void> | null = null;

/**
 * Creates the sample product on the very first visit, in the UI language. Started once, before
 * the first render, so opening the database overlaps with loading the page; only "/" waits for it.
 * Being the app's first read of the database on every visit, it is also where a browser that
 * refuses storage (private browsing, blocked site data, a damaged store) is found out and said.
 */
export function firstVisit(language: string): Promise<void> {
  // Someone who arrives by an invite link came for the team's product, not for the sample.
  const joining = location.pathname.startsWith('/join/');
  seeding ??= seedFirstVisit(language === 'fr' ? 'fr' : 'en', !joining).then(
    () => undefined,
    (error: unknown) => {
      showNotice(isStorageError(error) ? { kind: 'error', persistent: true, message: t('app.storageUnavailable') } : { kind: 'error', message: errorMessage(error, t) });
    },
  );
  return seeding;
}
