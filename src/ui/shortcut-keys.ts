import { interpretKey, isTypingTarget, type PendingGo, type ShortcutAction } from '../domain/shortcuts';
import { GO_TO_KEYS } from './nav-entries';
import { useOpenDialogs } from './open-dialogs';
import { paths } from './paths';
import { SHORTCUT_ITEM, useShortcutsStore, type ShortcutContext } from './shortcuts-store';

let pending: PendingGo = null;
const goKeys = () => new Set(Object.keys(GO_TO_KEYS));

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

function act(action: ShortcutAction, { productId, location, navigate }: ShortcutContext) {
  const { helpShown, boardRequested } = useShortcutsStore.getState();
  if (action.kind === 'help') return helpShown(true);
  if (action.kind === 'next' || action.kind === 'previous') return moveFocus(action.kind === 'next' ? 1 : -1);
  if (!productId) return;
  if (action.kind === 'go') return navigate(GO_TO_KEYS[action.key]!.href(productId));
  boardRequested(action.kind);
  if (location !== paths.board(productId)) navigate(paths.board(productId));
}

/** One key press: the shortcut it makes, if any, done (see src/domain/shortcuts.ts for the rules). */
export function onShortcutKey(event: KeyboardEvent, context: ShortcutContext) {
  if (event.defaultPrevented || event.repeat) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, typing: isTypingTarget(target), dialogOpen: dialogOpen(), at: event.timeStamp };
  const result = interpretKey(pending, press, goKeys());
  pending = result.pending;
  if (!result.action) return;
  event.preventDefault();
  act(result.action, context);
}
