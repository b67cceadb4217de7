/**
 * Unsaved form input, kept synchronously in localStorage on every keystroke so that a reload or
 * a crash between typing and saving loses nothing. Cleared once the database has the value.
 */
const PREFIX = 'plb.draft.';

export const drafts = {
  read<T>(key: string): T | null {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  },
  write(key: string, value: unknown) {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the form still holds the input on screen.
    }
  },
  clear(key: string) {
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to clear when storage is blocked.
    }
  },
};
