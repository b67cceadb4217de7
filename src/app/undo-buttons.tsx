import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { loadMessages, useTranslation } from '../i18n/i18n';
import { db } from '../db/db';
import { redo, undo, type HistoryStep } from '../db/undo';
import { showNotice } from '../ui/notices';
import { useCommand } from '../ui/use-command';

function isTextField(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Undo and redo of the product's commands, as buttons and with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z. */
export function UndoButtons({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const command = useCommand();
  // A step that kept records changed since (by another tab, or after an import) says how many.
  const run = useCallback(
    async (step: () => Promise<HistoryStep | null>) => {
      const result = await command(step);
      if (result.ok && result.value && result.value.kept > 0) showNotice({ kind: 'info', message: t('header.kept', { count: result.value.kept }) });
    },
    [command, t],
  );
  const next = useLiveQuery(
    async () => ({
      undo: await db.activity.where('[productId+state]').equals([productId, 'done']).last(),
      redo: await db.activity.where('[productId+state]').equals([productId, 'undone']).first(),
    }),
    [productId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isTextField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void run(() => (event.shiftKey ? redo(productId) : undo(productId)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [productId, run]);

  // The command names load once there is something to undo or redo, not with the first paint.
  const [named, setNamed] = useState(false);
  const anything = !!(next?.undo || next?.redo);
  useEffect(() => {
    if (anything && !named) void loadMessages('commands').then(() => setNamed(true), () => undefined);
  }, [anything, named]);

  const what = (entry: { command: string; label: string } | undefined) =>
    entry && named ? t(`commands.${entry.command}` as 'commands.moveInitiative', { label: entry.label }) : '';

  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="button button--small"
        disabled={!next?.undo}
        title={next?.undo ? t('header.undoLabel', { what: what(next.undo) }) : t('header.nothingToUndo')}
        onClick={() => void run(() => undo(productId))}
      >
        {t('header.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!next?.redo}
        title={next?.redo ? t('header.redoLabel', { what: what(next.redo) }) : t('header.nothingToRedo')}
        onClick={() => void run(() => redo(productId))}
      >
        {t('header.redo')}
      </button>
    </div>
  );
}
