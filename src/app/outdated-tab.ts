import { onOutdated } from '../db/db';
import { t } from '../i18n/i18n';
import { showNotice } from '../ui/notices';

/** Tells the user, once, that another tab upgraded the app, and offers the reload that brings it here. */
export function watchForNewerTabs() {
  onOutdated(() =>
    showNotice({
      kind: 'error',
      persistent: true,
      message: t('app.outdated'),
      action: { label: t('pwa.reload'), run: () => window.location.reload() },
    }),
  );
}
