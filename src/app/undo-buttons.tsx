import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { loadMessages, useTranslation } from '../i18n/i18n';
import { db } from '../db/db';
import { historyStepName, useHistoryStep } from '../ui/use-history-step';

function isTextField(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Undo and redo of the product's commands, as buttons and with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z. */
export function UndoButtons({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const step = useHistoryStep();
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
      void step(event.shiftKey ? 'redo' : 'undo', productId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [productId, step]);

  // The command names load once there is something to undo or redo, not with the first paint.
  const [named, setNamed] = useState(false);
  const anything = !!(next?.undo || next?.redo);
  useEffect(() => {
    if (anything && !named) void loadMessages('commands').then(() => setNamed(true), () => undefined);
  }, [anything, named]);

  const what = (entry: { command: string; label: string } | undefined) =>
    entry && named ? historyStepName(entry, t) : '';

  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="button button--small"
        disabled={!next?.undo}
        title={next?.undo ? t('header.undoLabel', { what: what(next.undo) }) : t('header.nothingToUndo')}
        onClick={() => void step('undo', productId)}
      >
        {t('header.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!next?.redo}
        title={next?.redo ? t('header.redoLabel', { what: what(next.redo) }) : t('header.nothingToRedo')}
        onClick={() => void step('redo', productId)}
      >
        {t('header.redo')}
      </button>
    </div>
  );
}
