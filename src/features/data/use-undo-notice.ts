import { useCallback } from 'react';
import { restoreSnapshot } from '../../db/snapshot-store';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';

interface UndoNotice {
  /** What just happened, shown until acted on or dismissed. */
  message: string;
  /** The action's label, and what is said once it is done. */
  undo: string;
  undone: string;
}

/**
 * Shows that an import or a restore happened, with an action that undoes it: restoring the
 * snapshot it took first. Undoing is itself a restore, so it can be undone from the snapshots.
 */
export function useUndoNotice() {
  const run = useCommand();
  return useCallback(
    (snapshotId: string, notice: UndoNotice) => {
      const undo = async () => {
        const result = await run(() => restoreSnapshot(snapshotId));
        if (result.ok) showNotice({ kind: 'info', message: notice.undone });
      };
      showNotice({ kind: 'info', persistent: true, message: notice.message, action: { label: notice.undo, run: () => void undo() } });
    },
    [run],
  );
}
