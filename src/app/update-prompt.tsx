import { useEffect } from 'react';
import { t } from '../i18n/i18n';
import { showNotice, useNotices } from '../ui/notices';
import { registerServiceWorker } from './service-worker';

const HOUR_MS = 60 * 60 * 1000;

let registered = false;
let updateNoticeId: number | null = null;

/** The "new version" notice, shown once however often the waiting worker is reported. */
function promptForUpdate(reload: () => void) {
  if (useNotices.getState().notices.some((n) => n.id === updateNoticeId)) return;
  showNotice({
    kind: 'info',
    persistent: true,
    message: t('pwa.updateAvailable'),
    action: { label: t('pwa.reload'), run: reload },
  });
  updateNoticeId = useNotices.getState().notices.at(-1)?.id ?? null;
}

function register() {
  const switchToNewVersion = registerServiceWorker({
    onOfflineReady() {
      showNotice({ kind: 'info', message: t('pwa.offlineReady') });
    },
    onNeedRefresh() {
      // Reload: the new service worker takes over, then the page reloads. What the user was typing
      // in an initiative survives it: unsaved form input is mirrored to localStorage on every
      // keystroke (src/ui/draft-store.ts) and read back by the form; everything saved is in IndexedDB.
      promptForUpdate(switchToNewVersion);
    },
    onRegistered(registration) {
      // A board stays open all day: look for a new version every hour, when there is a network.
      setInterval(() => {
        if (!navigator.onLine || registration.installing) return;
        registration.update().catch(() => {
          // The network went away meanwhile: the next check tries again.
        });
      }, HOUR_MS);
    },
    onRegisterError(error) {
      // The app still works, only not offline: nothing the user can act on.
      console.warn('Service worker registration failed', error);
    },
  });
}

/**
 * Registers the service worker once per page and speaks through the notice region: once when the
 * app is first cached for offline use, and with a persistent "Reload" notice when a new version is
 * waiting. Renders nothing. Mounted from app.tsx in production builds only, and loaded lazily
 * there, so it is not part of the first paint.
 *
 * Not the plugin's `useRegisterSW` hook: it registers inside a useState initializer, which React
 * may run more than once for one mounted component (it did: two registrations, two notices).
 * An effect runs only for a committed mount, and the module flag keeps it to one registration.
 */
export function UpdatePrompt() {
  useEffect(() => {
    if (registered) return;
    registered = true;
    register();
  }, []);
  return null;
}
