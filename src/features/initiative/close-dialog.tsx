import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { closeInitiative } from '../../db/initiative-commands';
import { CLOSED_STATUSES, type ClosedStatus, type Initiative } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';

/** Closes an initiative as shipped, parked or killed; the reason is required, as a learning. */
export function CloseDialog({ initiative, onClose }: { initiative: Initiative; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useCommand();
  const [status, setStatus] = useState<ClosedStatus>('shipped');
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(true);
      return;
    }
    const result = await run(() => closeInitiative(initiative.id, status, reason));
    if (result.ok) onClose();
  };

  return (
    <Dialog title={t('initiative.closeTitle', { title: initiative.title })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend>{t('initiative.closeAs')}</legend>
          {CLOSED_STATUSES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="status" checked={status === s} onChange={() => setStatus(s)} />
              {t(`initiative.status.${s}`)}
            </label>
          ))}
        </fieldset>
        <TextField
          label={t('initiative.reason')}
          help={t('initiative.reasonHelp')}
          error={error ? 'initiative.reasonRequired' : undefined}
          rows={3}
          required
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(false);
          }}
        />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('initiative.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
