import { useEffect, useEffectEvent, type RefObject } from 'react';
import { useOpenDialogs } from './open-dialogs';

/**
 * Shows a native <dialog> as modal while the component is mounted: the browser traps focus and
 * makes the rest inert, Escape calls `onClose`, and focus returns to what had it before (or to the
 * main content when that is gone). Focus
 * starts on the element marked `data-autofocus`, if any.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onClose: () => void) {
  const close = useEffectEvent(() => onClose());
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // The browser focuses the first control, the close button; a dialog that asks for input starts
    // on its first field instead (React's autoFocus runs before the dialog is shown, so it is marked).
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const { dialogOpened, dialogClosed } = useOpenDialogs.getState();
    dialogOpened(dialog);
    const cancel = (event: Event) => {
      event.preventDefault();
      close();
    };
    // The browser may also close it on Escape without a cancel event (it asks only when the page
    // was used since): the app then closes it too, rather than keep an unseen dialog open.
    const closed = () => close();
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
      dialogClosed(dialog);
      // What opened it may be gone with what the dialog deleted (a saved view's ⋯ button): focus
      // then goes to the page's main content, where the skip link leads, rather than to nowhere.
      if (opener?.isConnected) opener.focus();
      else document.getElementById('main')?.focus({ preventScroll: true });
    };
  }, [ref]);
}
