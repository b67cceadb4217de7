import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { liveSnapshots, restoreSnapshot } from '../../db/snapshot-store';
import type { Snapshot } from '../../domain/backup/snapshot';
import { useTranslation } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { dateTimeText } from '../../ui/date-text';
import { useUndoNotice } from './use-undo-notice';

/** "2 products (Checkout, Mobile) · 48 initiatives · 30 stories". */
function holds(snapshot: Snapshot, t: ReturnType<typeof useTranslation>['t']): string {
  const products = t('data.snapshots.products', { count: snapshot.counts.products });
  const names = snapshot.products.length > 0 ? ` (${snapshot.products.join(', ')})` : '';
  return [
    products + names,
    t('data.snapshots.initiatives', { count: snapshot.counts.initiatives }),
    t('data.snapshots.stories', { count: snapshot.counts.stories }),
  ].join(' · ');
}

function RestoreDialog({ snapshot, date, onClose }: { snapshot: Snapshot; date: string; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoNotice = useUndoNotice();
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    setBusy(true);
    const result = await run(() => restoreSnapshot(snapshot.id));
    setBusy(false);
    onClose();
    if (result.ok) {
      undoNotice(result.value.entryId, { message: t('data.snapshots.restored', { date }), undo: t('data.snapshots.undo'), undone: t('data.snapshots.undone') });
    }
  };
  return (
    <Dialog title={t('data.snapshots.confirmTitle', { date })} onClose={onClose}>
      <p>{t('data.snapshots.confirmHelp')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={restore} disabled={busy}>
          {t('data.snapshots.restore')}
        </button>
      </div>
    </Dialog>
  );
}

/** The automatic snapshots kept in this browser, each restorable after a confirmation. */
export function SnapshotsPanel() {
  const { t, language } = useTranslation();
  const id = useId();
  const snapshots = useLiveQuery(liveSnapshots);
  const [restoring, setRestoring] = useState<Snapshot | null>(null);
  const dateOf = (snapshot: Snapshot) => dateTimeText(snapshot.at, language);

  return (
    <section className="data-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('data.snapshots.title')}</h2>
      <p className="lead">{t('data.snapshots.intro')}</p>
      {snapshots?.length === 0 && <p className="empty">{t('data.snapshots.empty')}</p>}
      {snapshots && snapshots.length > 0 && (
        <div className="data-table-scroll">
          <table className="table data-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('data.snapshots.when')}</th>
                <th scope="col">{t('data.snapshots.why')}</th>
                <th scope="col">{t('data.snapshots.holds')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('data.snapshots.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id}>
                  <th scope="row">{dateOf(snapshot)}</th>
                  <td>{t(`data.snapshots.reasons.${snapshot.reason}`)}</td>
                  <td>{holds(snapshot, t)}</td>
                  <td className="data-table__action">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('data.snapshots.restoreLabel', { date: dateOf(snapshot) })}
                      onClick={() => setRestoring(snapshot)}
                    >
                      {t('data.snapshots.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && <RestoreDialog snapshot={restoring} date={dateOf(restoring)} onClose={() => setRestoring(null)} />}
    </section>
  );
}
