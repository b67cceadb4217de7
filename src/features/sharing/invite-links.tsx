import { useCallback, useId, useState } from 'react';
import type { Share } from '../../db/share-types';
import { useTranslation } from '../../i18n/i18n';
import { inviteLink, teamApi, type Invite } from '../../sync/team-api';
import { announce } from '../../ui/announcer';
import { dateText } from '../../ui/date-text';
import { CreatedLink } from './created-link';
import { TeamError } from './team-error';
import { useTeamAction, useTeamRead } from './use-team-action';

type InviteRole = Invite['role'];
const ROLES: InviteRole[] = ['editor', 'viewer'];

/** The owner's invite links: new ones for editors and viewers, shown once, and those still open, each revocable. */
export function InviteLinks({ share }: { share: Share }) {
  const { t, language } = useTranslation();
  const id = useId();
  const { productId, token } = share;
  const { run, error, busy } = useTeamAction(productId);
  const list = useTeamRead(productId, useCallback(() => teamApi.invites(productId, token), [productId, token]));
  const invites = list.value?.invites ?? null;
  const [created, setCreated] = useState<Partial<Record<InviteRole, { inviteId: string; url: string }>>>({});

  const create = async (role: InviteRole) => {
    const result = await run(() => teamApi.invite(productId, token, role));
    if (!result.ok) return;
    const { invite, secret } = result.value;
    setCreated((links) => ({ ...links, [role]: { inviteId: invite.id, url: inviteLink(location.origin, productId, secret) } }));
    list.reload();
  };
  const revoke = async (inviteId: string) => {
    const result = await run(() => teamApi.revokeInvite(productId, token, inviteId));
    if (result.ok) {
      setCreated((links) => Object.fromEntries(Object.entries(links).filter(([, link]) => link.inviteId !== inviteId)));
      announce(t('sharing.invites.revoked'));
    }
    list.reload();
  };

  return (
    <section className="panel sharing-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sharing.invites.title')}</h2>
      <p className="sharing-lead">{t('sharing.invites.help')}</p>
      <div className="sharing-actions">
        <button type="button" className="button" disabled={busy} onClick={() => create('editor')}>
          {t('sharing.invites.createEditor')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => create('viewer')}>
          {t('sharing.invites.createViewer')}
        </button>
      </div>
      <TeamError error={error ?? list.error} />
      {ROLES.map((role) => {
        const link = created[role];
        return link && <CreatedLink key={link.url} label={t(role === 'editor' ? 'sharing.invites.editorLink' : 'sharing.invites.viewerLink')} url={link.url} />;
      })}
      <h3>{t('sharing.invites.open')}</h3>
      {invites?.length === 0 && <p className="sharing-empty">{t('sharing.invites.none')}</p>}
      {invites && invites.length > 0 && (
        <table className="table sharing-table">
          <thead>
            <tr>
              <th scope="col">{t('sharing.invites.role')}</th>
              <th scope="col">{t('sharing.invites.expires')}</th>
              <th scope="col" className="sharing-table__action">
                <span className="visually-hidden">{t('sharing.invites.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.map((invite) => (
              <tr key={invite.id}>
                <td>{t(`sharing.roles.${invite.role}`)}</td>
                <td>{dateText(invite.expiresAt, language)}</td>
                <td className="sharing-table__action">
                  <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => revoke(invite.id)}>
                    {t('sharing.invites.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
