/**
 * Registers the service worker that vite-plugin-pwa generates (sw.js, Workbox inside) with the
 * browser's own API. It replaces the plugin's client, workbox-window (2 KB of the first visit), for
 * the little we use of it: know when the app is cached for offline use, know when a new version
 * waits, and switch to it on request.
 */
export interface RegisterOptions {
  onOfflineReady(): void;
  onNeedRefresh(): void;
  onRegistered(registration: ServiceWorkerRegistration): void;
  onRegisterError(error: unknown): void;
}

/** Registers after the page's load event (precaching never competes with the first paint); returns the "switch now" action. */
export function registerServiceWorker(options: RegisterOptions): () => void {
  let registration: ServiceWorkerRegistration | null = null;
  // A first install is reported both as `installing` and by `updatefound`: watch each worker once.
  const watched = new WeakSet<ServiceWorker>();

  const watch = (worker: ServiceWorker) => {
    if (watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // With no controller this is the first install: the app now works offline. Otherwise an
      // older version runs this page and the new one waits for the user's go.
      if (navigator.serviceWorker.controller) options.onNeedRefresh();
      else options.onOfflineReady();
    });
  };

  const register = async () => {
    try {
      registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
      if (registration.waiting && navigator.serviceWorker.controller) options.onNeedRefresh();
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration?.installing) watch(registration.installing);
      });
      options.onRegistered(registration);
    } catch (error) {
      options.onRegisterError(error);
    }
  };

  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });

  return () => {
    // The page's registration object may not say yet that the new worker waits (it is told after
    // the worker's own "installed"): asked again, the browser answers with its current state.
    void navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL).then((current) => {
      const waiting = current?.waiting ?? registration?.waiting;
      if (waiting) skipWaiting(waiting);
    });
  };
}

/**
 * Chromium stops the old worker to switch, but a request the page makes meanwhile (the pointer,
 * freed by the vanished notice, lands on the board and loads its drag code) starts it again, and
 * the switch then stalls until that worker idles out (half a minute): the notice's Reload did
 * nothing. So the page takes no input while it switches (an inert page fires no pointer or focus
 * events that could load code), and reloads anyway if no switch has come by then: a navigation
 * ends a stall. A switch normally takes < 0.3 s. Both seen in e2e runs: the reload alone sometimes
 * hung, its request lost by the worker being stopped.
 */
const STALLED_SWITCH_MS = 3000;

/** Lets the waiting worker take over; the page reloads once it controls it. */
function skipWaiting(waiting: ServiceWorker) {
  document.body.inert = true;
  document.body.setAttribute('aria-busy', 'true');
  document.documentElement.style.cursor = 'progress';
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
  setTimeout(reload, STALLED_SWITCH_MS);
  // Workbox's worker skips waiting on this message.
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
