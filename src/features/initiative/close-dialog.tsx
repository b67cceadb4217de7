import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { closeInitiative } from '../../db/initiative-commands';
import { CLOSED_STATUSES, type ClosedStatus, type Initiative } from '../../domain/types';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';

/** Closes an initiative as shipped, parked or killed; the reason is required, as a learning. */
export function CloseDialog({ initiative, onClose }: { initiative: Initiative; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useCommand();
  const [status, setStatus] = useState<ClosedStatus>('shipped');
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const id = useId();

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
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('initiative.reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setReason(e.target.value);
              setError(false);
            }}
          />
          <p className="field__help" id={`${id}-help`}>
            {t('initiative.reasonHelp')}
          </p>
          {error && (
            <p className="field__error" id={`${id}-error`}>
              {t('initiative.reasonRequired')}
            </p>
          )}
        </div>
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
