import { useCallback } from 'react';
import { loadMessages, useTranslation, type TFunction } from '../i18n/i18n';
import type { HistoryStep } from '../db/undo';
import { showNotice } from './notices';
import { useCommand } from './use-command';

/** "Undo: move “Dark mode”" — the command's name, once the command names are loaded. */
export function historyStepName(entry: { command: string; label: string }, t: TFunction): string {
  return t(`commands.${entry.command}` as 'commands.moveInitiative', { label: entry.label });
}

/**
 * Undo and redo for every place that offers them (header, shortcuts, a notice's Undo button):
 * each says what it undid or redid, and how many records it kept because they changed since.
 */
export function useHistoryStep() {
  const { t } = useTranslation();
  const command = useCommand();
  return useCallback(
    async (direction: 'undo' | 'redo', productId: string) => {
      // Undo's rules load with the first undo, not with the first paint.
      const history = await import('../db/undo');
      const result = await command(() => (direction === 'undo' ? history.undo(productId) : history.redo(productId)));
      if (!result.ok || !result.value) return;
      const step: HistoryStep = result.value;
      await loadMessages('commands').catch(() => undefined);
      const done = t(direction === 'undo' ? 'header.undid' : 'header.redid', { what: historyStepName(step, t) });
      const kept = step.kept > 0 ? ` ${t('header.kept', { count: step.kept })}` : '';
      showNotice({ kind: 'info', message: done + kept });
    },
    [command, t],
  );
}

/** The Undo button of a notice ("Initiative deleted — Undo"), undoing the product's last command and saying so. */
export function useUndoAction() {
  const { t } = useTranslation();
  const step = useHistoryStep();
  return useCallback((productId: string) => ({ label: t('common.undo'), run: () => void step('undo', productId) }), [step, t]);
}
