import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n';
import { lazyScreen } from '../ui/lazy-screen';

const loadPalette = () => import('../features/palette/command-palette').then((m) => m.CommandPalette);
// The palette, its libraries (cmdk, MiniSearch) and its messages load on the first Ctrl/Cmd+K.
const CommandPalette = lazyScreen(loadPalette, 'palette', 'strategy', 'rituals');

const APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl/Cmd+K anywhere, and a Search… button for mouse and touch, open the command palette. */
export function PaletteLauncher({ productId }: { productId: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      // Ours even in a text field: the browser's own Ctrl+K (search the web) is not what a user here means.
      event.preventDefault();
      setOpen((wasOpen) => !wasOpen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="button app-header__search" aria-keyshortcuts="Control+K" onClick={() => setOpen(true)} onPointerEnter={() => void loadPalette()}>
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
        <span className="app-header__search-text">{t('header.search')}</span>
        <kbd aria-hidden="true">{APPLE ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <CommandPalette productId={productId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
