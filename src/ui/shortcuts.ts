import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { create } from 'zustand';
import { interpretKey, isTypingTarget, type PendingGo, type ShortcutAction } from '../domain/shortcuts';
import { GO_TO_KEYS } from './nav-entries';
import { useOpenDialogs } from './open-dialogs';
import { paths } from './paths';

/** What a shortcut asked of the board, done when the board shows (at once, or after going there). */
export type BoardRequest = 'newInitiative' | 'focusFilter';

interface Shortcuts {
  helpOpen: boolean;
  boardRequest: BoardRequest | null;
  helpShown: (open: boolean) => void;
  boardRequested: (request: BoardRequest) => void;
  boardRequestDone: () => void;
}

export const useShortcutsStore = create<Shortcuts>()((set) => ({
  helpOpen: false,
  boardRequest: null,
  helpShown: (helpOpen) => set({ helpOpen }),
  boardRequested: (boardRequest) => set({ boardRequest }),
  boardRequestDone: () => set({ boardRequest: null }),
}));

/** Marks what J and K move through: board cards, a list's rows. */
export const SHORTCUT_ITEM = 'data-shortcut-item';

function moveFocus(step: 1 | -1) {
  const items = [...document.querySelectorAll<HTMLElement>(`[${SHORTCUT_ITEM}]`)];
  if (items.length === 0) return;
  const current = items.findIndex((item) => item.contains(document.activeElement));
  const next = current === -1 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + step));
  items[next]!.focus();
  items[next]!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function dialogOpen(): boolean {
  return useOpenDialogs.getState().stack.length > 0 || document.querySelector('dialog[open]') !== null;
}

/** Listens to the keyboard for the app's shortcuts (listed in the `?` dialog) while the shell shows. */
export function useShortcuts(productId: string | null) {
  const [location, navigate] = useLocation();
  useEffect(() => {
    let pending: PendingGo = null;
    const act = (action: ShortcutAction) => {
      const { helpShown, boardRequested } = useShortcutsStore.getState();
      if (action.kind === 'help') return helpShown(true);
      if (action.kind === 'next' || action.kind === 'previous') return moveFocus(action.kind === 'next' ? 1 : -1);
      if (!productId) return;
      if (action.kind === 'go') return navigate(GO_TO_KEYS[action.key]!.href(productId));
      boardRequested(action.kind);
      if (location !== paths.board(productId)) navigate(paths.board(productId));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTypingTarget(target), dialogOpen: dialogOpen(), at: event.timeStamp };
      const result = interpretKey(pending, press, new Set(Object.keys(GO_TO_KEYS)));
      pending = result.pending;
      if (!result.action) return;
      event.preventDefault();
      act(result.action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [productId, location, navigate]);
}
