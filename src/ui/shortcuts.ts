import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { ShortcutContext } from './shortcuts-store';

let keys: typeof import('./shortcut-keys') | null = null;

/**
 * Listens to the keyboard for the app's shortcuts (listed in the `?` dialog). Their code loads
 * with the first key pressed: a visit that never uses the keyboard never downloads it.
 */
export function useShortcuts(productId: string | null) {
  const [location, navigate] = useLocation();
  const context = useRef<ShortcutContext>({ productId, location, navigate });
  useEffect(() => {
    context.current = { productId, location, navigate };
  }, [productId, location, navigate]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (keys) return keys.onShortcutKey(event, context.current);
      void import('./shortcut-keys').then((loaded) => {
        keys = loaded;
        loaded.onShortcutKey(event, context.current);
      });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
