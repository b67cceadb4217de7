import { liveQuery } from 'dexie';
import { useCallback } from 'react';
import { db } from '../../db/db';
import { revertCommand } from '../../db/undo';
import { useTranslation } from '../../i18n/i18n';
import { showNotice, useNotices } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';

interface UndoNotice {
  /** What just happened, shown until acted on or dismissed. */
  message: string;
  /** The action's label, and what is said once it is done. */
  undo: string;
  undone: string;
}

/**
 * Shows that an import or a restore happened, with an action that reverses that command and only
 * that one (later work stays). The notice goes away by itself once the command is undone some
 * other way (the header's Undo, another tab), so it never offers to undo what is already undone.
 */
export function useUndoNotice() {
  const { t } = useTranslation();
  const run = useCommand();
  return useCallback(
    (entryId: number | null, notice: UndoNotice) => {
      if (entryId === null) {
        showNotice({ kind: 'info', message: notice.message });
        return;
      }
      const undo = async () => {
        const result = await run(() => revertCommand(entryId));
        if (!result.ok) return;
        const kept = result.value.kept > 0 ? ` ${t('header.kept', { count: result.value.kept })}` : '';
        showNotice({ kind: 'info', message: notice.undone + kept });
      };
      const id = showNotice({ kind: 'info', persistent: true, message: notice.message, action: { label: notice.undo, run: () => void undo() } });
      const entry = liveQuery(() => db.activity.get(entryId)).subscribe((current) => {
        if (current?.state !== 'done') useNotices.getState().noticeDismissed(id);
      });
      const stopWatching = useNotices.subscribe((s) => {
        if (s.notices.some((n) => n.id === id)) return;
        entry.unsubscribe();
        stopWatching();
      });
    },
    [run, t],
  );
}
