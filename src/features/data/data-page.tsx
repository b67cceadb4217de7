import { useTranslation } from '../../i18n/i18n';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { SnapshotsPanel } from './snapshots-panel';
import { StoragePanel } from './storage-panel';
import './data.css';

/** Settings → Data: backups out and in, the automatic snapshots, and the browser's storage. */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--wide data-page">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <ExportPanel />
      <ImportPanel />
      <SnapshotsPanel />
      <StoragePanel />
    </div>
  );
}
