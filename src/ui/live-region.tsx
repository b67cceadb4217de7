import { createPortal } from 'react-dom';
import { useAnnouncer } from './announcer';
import { useOpenDialogs } from './open-dialogs';

/**
 * One assertive region for the whole app; keyed by seq so repeated sentences are re-read. It
 * lives inside the top modal dialog when there is one: everything outside a modal is inert, and
 * screen readers ignore live regions there.
 */
export function LiveRegion() {
  const message = useAnnouncer((s) => s.message);
  const seq = useAnnouncer((s) => s.seq);
  const topDialog = useOpenDialogs((s) => s.stack.at(-1));
  return createPortal(
    <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="live-region">
      <span key={seq}>{message}</span>
    </div>,
    topDialog ?? document.body,
  );
}
