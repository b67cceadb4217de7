import { useEffect } from 'react';
import { isTypingTarget } from '../../domain/shortcuts';

/**
 * C opens "New feedback" while the inbox shows (the app's C creates an initiative elsewhere): it
 * listens before the app's shortcuts and claims the key, never while typing or in a dialog.
 */
export function useCreateKey(onCreate: () => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'c' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (isTypingTarget(target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      onCreate();
    };
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [onCreate, enabled]);
}
