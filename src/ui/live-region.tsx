import { useAnnouncer } from './announcer';

/** One assertive region for the whole app; keyed by seq so repeated sentences are re-read. */
export function LiveRegion() {
  const message = useAnnouncer((s) => s.message);
  const seq = useAnnouncer((s) => s.seq);
  return (
    <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="live-region">
      <span key={seq}>{message}</span>
    </div>
  );
}
