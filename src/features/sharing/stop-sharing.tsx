import { useId } from 'react';
import type { Share } from '../../db/share-types';
import { endSharing } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { teamApi } from '../../sync/team-api';
import { showNoticeOnce } from '../../ui/notices';
import { ConfirmButton } from './confirm-dialog';
import { TeamError } from './team-error';
import { useTeamAction } from './use-team-action';

/** The owner ends sharing: the server forgets the product, and every copy, this one included, is local again. */
export function StopSharing({ share, productName }: { share: Share; productName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, error, busy } = useTeamAction(share.productId);

  const stop = async () => {
    const result = await run(() => teamApi.stopSharing(share.productId, share.token));
    if (!result.ok) return;
    await endSharing(share.productId);
    // The header may say it too, when the server's closing of the connection comes first.
    showNoticeOnce({ kind: 'info', message: t('sync.stopped', { name: productName }) });
  };

  return (
    <section className="panel sharing-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sharing.stop.title')}</h2>
      <p className="sharing-lead">{t('sharing.stop.help')}</p>
      <TeamError error={error} />
      <ConfirmButton label={t('sharing.stop.button')} title={t('sharing.stop.confirm', { name: productName })} help={t('sharing.stop.help')} busy={busy} onConfirm={stop} />
    </section>
  );
}
