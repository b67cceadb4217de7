import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { SnapshotsPanel } from './snapshots-panel';
import { StoragePanel } from './storage-panel';
import { useUndoNotice } from './use-undo-notice';
import './data.css';

interface DataPageProps {
  /** Other features' imports and exports (Trello, Jira, CSV), composed by the app; an import they make is undone like a restore. */
  imports?: (undoNotice: ReturnType<typeof useUndoNotice>) => ReactNode;
}

/** Settings → Data: backups out and in, the automatic snapshots, and the browser's storage. */
export function DataPage({ imports }: DataPageProps) {
  const { t } = useTranslation();
  const undoNotice = useUndoNotice();
  return (
    <div className="page page--wide data-page">
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <ExportPanel />
      <ImportPanel />
      {imports?.(undoNotice)}
      <SnapshotsPanel />
      <StoragePanel />
    </div>
  );
}
