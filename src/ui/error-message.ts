import type { TFunction } from '../i18n/i18n';
import { CommandError } from '../db/command';

const STORAGE_ERRORS = new Set([
  'QuotaExceededError',
  'DatabaseClosedError',
  'OpenFailedError',
  'MissingAPIError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'VersionChangeError',
]);

/** Whether the browser's storage refused the write (full, unavailable, closed), rather than the app. */
export function isStorageError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return STORAGE_ERRORS.has(name) || STORAGE_ERRORS.has(inner);
}

/** The sentence a user sees for a failed command, in the UI language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if ((error as { name?: string } | null)?.name === 'OutdatedError') return t('errors.outdated');
  if (error instanceof CommandError) return t(`errors.${error.code}` as 'errors.unknown') || t('errors.unknown');
  if (isStorageError(error)) return t('errors.storage');
  return t('errors.unknown');
}
