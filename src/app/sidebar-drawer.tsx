import { PreferencesControls } from '../features/settings/preferences-controls';
import { useTranslation } from '../i18n/i18n';
import { Dialog } from '../ui/dialog';
import { SidebarLinks } from './sidebar-links';
import { UndoButtons } from './undo-buttons';

/** The sidebar as a phone shows it, with the header's tools: a drawer from the start edge, closed by a choice or Escape. */
export function SidebarDrawer({ productId, onClose }: { productId: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('nav.menu')} onClose={onClose} variant="menu">
      <div className="sidebar__tools">
        <UndoButtons productId={productId} />
        <PreferencesControls />
      </div>
      <nav className="sidebar sidebar--drawer" aria-label={t('nav.label')}>
        <SidebarLinks productId={productId} onNavigate={onClose} />
      </nav>
    </Dialog>
  );
}
