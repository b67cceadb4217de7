/** What a keyboard shortcut asks for; the shell decides how (see src/ui/shortcuts.ts). */
export type ShortcutAction =
  | { kind: 'help' }
  | { kind: 'newInitiative' }
  | { kind: 'focusFilter' }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'go'; key: string };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a field (input, textarea, select, editable text): it is typing, never a shortcut. */
  typing: boolean;
  dialogOpen: boolean;
  /** When it was pressed, in milliseconds. */
  at: number;
}

/** How long `G` waits for its second key, as in Linear. */
export const GO_TIMEOUT_MS = 1500;

/** When `G` was pressed and still waits for its second key, or null. */
export type PendingGo = number | null;

const SINGLE_KEYS: Record<string, ShortcutAction> = {
  '?': { kind: 'help' },
  c: { kind: 'newInitiative' },
  '/': { kind: 'focusFilter' },
  j: { kind: 'next' },
  k: { kind: 'previous' },
};

/** Letters count in either case (Caps Lock on); other keys (`?`, `/`) as typed. */
function normalized(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/**
 * The shortcut a key press makes, given whether `G` waits for its second key: `G` then one of
 * `goKeys` goes to a view. Typing in a field, an open dialog, or a key held with Ctrl, ⌘ or Alt
 * (the browser's and the palette's own shortcuts) make none, and forget a waiting `G`.
 */
export function interpretKey(pending: PendingGo, press: KeyPress, goKeys: ReadonlySet<string>): { pending: PendingGo; action: ShortcutAction | null } {
  if (press.typing || press.dialogOpen || press.ctrlKey || press.metaKey || press.altKey) return { pending: null, action: null };
  const key = normalized(press.key);
  if (pending !== null && press.at - pending <= GO_TIMEOUT_MS && goKeys.has(key)) return { pending: null, action: { kind: 'go', key } };
  if (key === 'g') return { pending: press.at, action: null };
  return { pending: null, action: SINGLE_KEYS[key] ?? null };
}

/** Whether an element takes typed text, so keys pressed in it are never shortcuts. */
export function isTypingTarget(element: { tagName: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(element.type ?? 'text');
}
