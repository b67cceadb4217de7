import { useEffect, useId, useState, type FormEvent } from 'react';
import { startSharing } from '../../db/shares';
import { useTranslation } from '../../i18n/i18n';
import { teamApi, teamServerReachable } from '../../sync/team-api';
import { showNotice } from '../../ui/notices';
import { NameField, useDisplayName } from './name-field';
import { TeamError } from './team-error';
import { useTeamAction } from './use-team-action';

const COMMAND = 'npm run server';

/** A product of this browser only: what sharing does, and sharing it (this person becomes its owner). */
export function ShareForm({ productId, productName }: { productId: string; productName: string }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useDisplayName();
  const { run, error, busy } = useTeamAction(null);
  const [server, setServer] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void teamServerReachable().then((reachable) => live && setServer(reachable));
    return () => {
      live = false;
    };
  }, []);

  const share = async (event: FormEvent) => {
    event.preventDefault();
    const name = field.checked();
    if (name === null) return;
    const result = await run(async () => startSharing(await teamApi.share(productId, name)));
    if (!result.ok) return;
    field.remember(name);
    showNotice({ kind: 'info', message: t('sharing.shared', { name: productName }) });
  };

  // The command goes in its own element; the sentence around it is translated whole.
  const [before, after] = t('sharing.noServerHow', { command: '\u0000' }).split('\u0000');
  return (
    <div className="panel sharing-panel">
      <p className="sharing-lead">{t('sharing.intro')}</p>
      {server === false && (
        <div className="sharing-note" id={`${id}-no-server`}>
          <p>{t('sharing.noServer')}</p>
          <p>
            {before}
            <code>{COMMAND}</code>
            {after}
          </p>
        </div>
      )}
      <form className="form sharing-form" onSubmit={share} noValidate>
        <NameField field={field} />
        <TeamError error={error} />
        <div>
          <button type="submit" className="button button--primary" disabled={busy || server === false} aria-describedby={server === false ? `${id}-no-server` : undefined}>
            {t('sharing.share')}
          </button>
        </div>
      </form>
    </div>
  );
}
