import { useCallback } from 'react';
import { loadMessages, useTranslation } from '../i18n/i18n';
import { ValidationError } from '../db/command';
import { navigate } from 'wouter/use-browser-location';
import { errorMessage, isStorageError } from './error-message';
import { showNotice } from './notices';
import { paths } from './paths';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; fields?: Record<string, string | undefined> };

/**
 * Runs a db command for a component: field errors go back to the form, every other failure
 * becomes a visible notice. The caller keeps its input until the result says ok.
 */
export function useCommand() {
  const { t } = useTranslation();
  return useCallback(
    async <T,>(command: () => Promise<T>): Promise<CommandResult<T>> => {
      try {
        return { ok: true, value: await command() };
      } catch (error) {
        if (error instanceof ValidationError) return { ok: false, fields: error.fields };
        // Refusal messages load with the first one (errorMessage falls back to a general sentence).
        await loadMessages('errors').catch(() => undefined);
        // Storage full or gone: reading still works, so the Data page can still export everything.
        const exportAction = { label: t('errors.storageExport'), run: () => navigate(paths.data()) };
        showNotice({ kind: 'error', message: errorMessage(error, t), ...(isStorageError(error) && { action: exportAction }) });
        return { ok: false };
      }
    },
    [t],
  );
}
