import { Link } from 'wouter';
import type { Share } from '../../db/share-types';
import { endSharing } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { showNotice } from '../../ui/notices';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { refusalMessage } from './team-errors';

/** The server turned this member away: why, what stays (a readable, exportable copy), and making it local. */
export function RevokedPanel({ share, productName }: { share: Share; productName: string }) {
  const { t } = useTranslation();
  const run = useCommand();
  const keep = async () => {
    const result = await run(() => endSharing(share.productId));
    if (result.ok) showNotice({ kind: 'info', message: t('sharing.revoked.kept', { name: productName }) });
  };
  return (
    <div className="panel sharing-panel sharing-panel--warning">
      <h2>{t('sharing.revoked.title')}</h2>
      <p className="sharing-you">{t(refusalMessage(share.refusal))}</p>
      <p>{t('sharing.revoked.copy')}</p>
      <p>
        <Link href={paths.data()}>{t('sharing.revoked.export')}</Link>
      </p>
      <p className="sharing-lead">{t('sharing.revoked.keepHelp')}</p>
      <button type="button" className="button button--primary" onClick={keep}>
        {t('sharing.revoked.keep')}
      </button>
    </div>
  );
}
