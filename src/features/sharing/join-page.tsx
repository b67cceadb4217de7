import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { db } from '../../db/db';
import { joinShared, liveShare } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { useSyncStore } from '../../sync/status';
import { teamApi } from '../../sync/team-api';
import { paths } from '../../ui/paths';
import { NameField, useDisplayName } from './name-field';
import { TeamError } from './team-error';
import { useTeamAction } from './use-team-action';
import './sharing.css';

/** The invite secret, from the link's fragment (which browsers never send to a server). */
function secretOfLink(): string {
  const fragment = location.hash.slice(1);
  try {
    return decodeURIComponent(fragment).trim();
  } catch {
    return fragment.trim();
  }
}

// A product the server does not know is, to the person holding the link, a link that does not work.
const JOIN_CODES = { 'not-found': 'sharing.errors.invalidInvite' } as const;

/** Where an invite link leads: a name, then the whole product comes to this browser and opens on its board. */
export function JoinPage({ productId }: { productId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [secret] = useState(secretOfLink);
  const field = useDisplayName();
  const { run, error, busy } = useTeamAction(null, JOIN_CODES);
  const here = useLiveQuery(async () => ({ share: (await liveShare(productId)) ?? null, product: (await db.products.get(productId)) ?? null }), [productId]);
  const connection = useSyncStore((s) => s.products[productId]?.connection);
  const member = here?.share?.state === 'active';
  const arrived = member && !!here?.product;

  // Replacing the link in the history: the secret does not stay behind the Back button.
  useEffect(() => {
    if (arrived) navigate(paths.board(productId), { replace: true });
  }, [arrived, navigate, productId]);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    const name = field.checked();
    if (name === null) return;
    const result = await run(async () => joinShared(await teamApi.join(productId, secret, name)));
    if (result.ok) field.remember(name);
  };

  if (!here || arrived) return null;
  return (
    <div className="page page--narrow sharing-page">
      <h1>{t('sharing.join.title')}</h1>
      <div role="status" className={member ? 'panel sharing-panel' : undefined}>
        {member && (
          <>
            <p className="sharing-you">{t('sharing.join.bringing')}</p>
            {connection === 'offline' && <p className="sharing-lead">{t('sharing.join.offline')}</p>}
          </>
        )}
      </div>
      {!member && !secret && (
        <p className="field__error sharing-error" role="alert">
          {t('sharing.join.noSecret')}
        </p>
      )}
      {!member && secret && (
        <div className="panel sharing-panel">
          <p className="sharing-lead">{t('sharing.join.intro')}</p>
          <form className="form sharing-form" onSubmit={join} noValidate>
            <NameField field={field} />
            <TeamError error={error} />
            <div>
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('sharing.join.join')}
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
