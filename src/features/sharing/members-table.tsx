import { useCallback, useEffect, useId, useState } from 'react';
import type { Role, Share } from '../../db/share-types';
import { endSharing, setShareRole } from '../../db/share-commands';
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
  const { t } = useTranslation();
  const id = useId();
  const { productId, token } = share;
  const { run, error, busy } = useTeamAction(productId);
  const list = useTeamRead(productId, useCallback(() => teamApi.members(productId, token), [productId, token]));
  const members = list.value?.members ?? null;
  const owners = members?.filter((member) => member.role === 'owner').length ?? 0;
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
              <MemberRow
                key={member.id}
                member={member}
                you={member.id === share.memberId}
                onlyOwner={member.role === 'owner' && owners === 1}
                busy={busy}
                onRole={(role) => void changeRole(member, role)}
                onRemove={() => setRemoving(member)}
              />
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

interface MemberRowProps {
  member: Member;
  you: boolean;
  /** The server refuses to leave a product without an owner: the row offers neither a new role nor a removal. */
  onlyOwner: boolean;
  busy: boolean;
  onRole: (role: Role) => void;
  onRemove: () => void;
}

function MemberRow({ member, you, onlyOwner, busy, onRole, onRemove }: MemberRowProps) {
  const { t, language } = useTranslation();
  const hintId = useId();
  return (
    <tr>
      <th scope="row">{you ? t('sharing.members.you', { name: member.displayName }) : member.displayName}</th>
      <td>
        <select
          aria-label={t('sharing.members.roleOf', { name: member.displayName })}
          aria-describedby={onlyOwner ? hintId : undefined}
          value={member.role}
          disabled={busy || onlyOwner}
          onChange={(e) => onRole(e.target.value as Role)}
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
        {onlyOwner ? (
          <span id={hintId} className="sharing-only-owner">
            {t('sharing.members.onlyOwner')}
          </span>
        ) : (
          <button type="button" className="button button--small button--danger" disabled={busy} onClick={onRemove}>
            {t('sharing.members.remove', { name: member.displayName })}
          </button>
        )}
      </td>
    </tr>
  );
}
