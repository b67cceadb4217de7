import type { Share } from '../../db/share-types';
import { endSharing } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { teamApi } from '../../sync/team-api';
import { showNotice } from '../../ui/notices';
import { ConfirmButton } from './confirm-dialog';
import { TeamError } from './team-error';
import { useTeamAction } from './use-team-action';

/** An editor or a viewer: who they are to the team, and leaving it (the copy here stays, local). */
export function MemberPanel({ share, productName }: { share: Share; productName: string }) {
  const { t } = useTranslation();
  const { run, error, busy } = useTeamAction(share.productId);

  const leave = async () => {
    const result = await run(() => teamApi.removeMember(share.productId, share.token, share.memberId));
    if (!result.ok) return;
    await endSharing(share.productId);
    showNotice({ kind: 'info', message: t('sharing.leave.done', { name: productName }) });
  };

  return (
    <div className="panel sharing-panel">
      <p className="sharing-you">{t(share.role === 'viewer' ? 'sharing.you.viewer' : 'sharing.you.editor', { name: share.displayName })}</p>
      {share.role === 'viewer' && <p className="sharing-lead">{t('sharing.viewerHelp')}</p>}
      <TeamError error={error} />
      <ConfirmButton label={t('sharing.leave.button')} title={t('sharing.leave.confirm', { name: productName })} help={t('sharing.leave.help')} busy={busy} onConfirm={leave} />
    </div>
  );
}
