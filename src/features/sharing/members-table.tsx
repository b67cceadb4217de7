import { useCallback, useEffect, useId, useState } from 'react';
import type { Role, Share } from '../../db/share-types';
import { endSharing, setShareRole } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { useSyncStore } from '../../sync/status';
import { teamApi, type Member } from '../../sync/team-api';
import { announce } from '../../ui/announcer';
import { dateText } from '../../ui/date-text';
import { ConfirmDialog } from './confirm-dialog';
import { TeamError } from './team-error';
import { useTeamAction, useTeamRead } from './use-team-action';

const ROLES: Role[] = ['owner', 'editor', 'viewer'];

/** The product's members, for an owner: their roles, changed here, and removing someone. */
export function MembersTable({ share }: { share: Share }) {
  const { t, language } = useTranslation();
  const id = useId();
  const { productId, token } = share;
  const { run, error, busy } = useTeamAction(productId);
  const list = useTeamRead(productId, useCallback(() => teamApi.members(productId, token), [productId, token]));
  const members = list.value?.members ?? null;
  // Someone who just joined shows on the product before this list knows them: read it again then.
  const newcomer = useSyncStore((s) => s.products[productId]?.peers.some((peer) => members && !members.some((member) => member.id === peer.memberId)) ?? false);
  const { reload } = list;
  useEffect(() => {
    if (newcomer) reload();
  }, [newcomer, reload]);
  const [removing, setRemoving] = useState<Member | null>(null);

  const changeRole = async (member: Member, role: Role) => {
    const result = await run(() => teamApi.setRole(productId, token, member.id, role));
    if (result.ok) {
      announce(t(`sharing.members.roleChanged.${role}`, { name: member.displayName }));
      // The connection learns it too (the server closes it as 'role-changed'); the page need not wait.
      if (member.id === share.memberId) await setShareRole(productId, role);
    }
    list.reload();
  };
  const remove = async (member: Member) => {
    const result = await run(() => teamApi.removeMember(productId, token, member.id));
    setRemoving(null);
    if (!result.ok) return;
    announce(t('sharing.members.removed', { name: member.displayName }));
    if (member.id === share.memberId) await endSharing(productId);
    else list.reload();
  };

  return (
    <section className="panel sharing-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sharing.members.title')}</h2>
      <TeamError error={error ?? list.error} />
      {members && (
        <table className="table sharing-table sharing-members">
          <thead>
            <tr>
              <th scope="col">{t('sharing.members.name')}</th>
              <th scope="col">{t('sharing.members.role')}</th>
              <th scope="col" className="sharing-table__date">
                {t('sharing.members.joined')}
              </th>
              <th scope="col" className="sharing-table__action">
                <span className="visually-hidden">{t('sharing.members.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <th scope="row">{member.id === share.memberId ? t('sharing.members.you', { name: member.displayName }) : member.displayName}</th>
                <td>
                  <select
                    aria-label={t('sharing.members.roleOf', { name: member.displayName })}
                    value={member.role}
                    disabled={busy}
                    onChange={(e) => void changeRole(member, e.target.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`sharing.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="sharing-table__date">{dateText(member.joinedAt, language)}</td>
                <td className="sharing-table__action">
                  <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => setRemoving(member)}>
                    {t('sharing.members.remove', { name: member.displayName })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing && (
        <ConfirmDialog
          title={t('sharing.members.confirmRemove', { name: removing.displayName })}
          confirm={t('sharing.members.remove', { name: removing.displayName })}
          busy={busy}
          onConfirm={() => void remove(removing)}
          onClose={() => setRemoving(null)}
        >
          <p>{t('sharing.members.confirmRemoveHelp')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
