import { useCallback, useEffect, useState } from 'react';
import { db } from '../../db/db';
import { useTranslation, type TFunction } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { TeamApiError } from '../../sync/team-api';
import { isStorageError } from '../../ui/error-message';
import { showNoticeOnce } from '../../ui/notices';
import { settleMembership, teamErrorMessage } from './team-errors';

export type TeamResult<T> = { ok: true; value: T } | { ok: false };

/**
 * What a failed request to the team server (or what this browser records of it) says to the user.
 * A refusal changes nothing, except what the server says of this browser's own membership (refused,
 * or sharing stopped), which is recorded as the connection would. `codes` gives some codes another
 * meaning on one screen.
 */
async function failureMessage(productId: string | null, caught: unknown, t: TFunction, codes: Record<string, MessageKey>): Promise<MessageKey> {
  if (!(caught instanceof TeamApiError)) return isStorageError(caught) ? 'errors.storage' : 'errors.unknown';
  if (productId) {
    await settleMembership(productId, caught);
    if (caught.code === 'sharing-stopped') {
      const product = await db.products.get(productId);
      showNoticeOnce({ kind: 'info', message: t('sync.stopped', { name: product?.name ?? '' }) });
    }
  }
  return codes[caught.code] ?? teamErrorMessage(caught);
}

/**
 * Runs a request to the team server for a screen: busy meanwhile, and a refusal becomes a message
 * in the UI language. On the join page a product the server does not know is an invite link that
 * does not work: `codes` says so.
 */
export function useTeamAction(productId: string | null, codes: Record<string, MessageKey> = {}) {
  const { t } = useTranslation();
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const codeKey = JSON.stringify(codes);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<TeamResult<T>> => {
      setBusy(true);
      setError(null);
      try {
        return { ok: true, value: await action() };
      } catch (caught) {
        setError(await failureMessage(productId, caught, t, JSON.parse(codeKey) as Record<string, MessageKey>));
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [productId, codeKey, t],
  );
  return { run, error, busy };
}

/** What the server keeps of a shared product (members, invites), read when shown and again on `reload`. */
export function useTeamRead<T>(productId: string, read: () => Promise<T>) {
  const { t } = useTranslation();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    read().then(
      (answer) => {
        if (!live) return;
        setValue(answer);
        setError(null);
      },
      async (caught: unknown) => {
        const message = await failureMessage(productId, caught, t, {});
        if (live) setError(message);
      },
    );
    return () => {
      live = false;
    };
  }, [productId, read, t, version]);
  return { value, error, reload: useCallback(() => setVersion((v) => v + 1), []) };
}
