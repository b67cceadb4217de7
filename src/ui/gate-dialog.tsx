import { useId, useState, type FormEvent } from 'react';
import type { GateGap } from '../domain/discovery/gate';
import { useTranslation } from '../i18n/i18n';
import { Dialog } from './dialog';

export type GateAnswer = { proceed: true; reason: string } | { proceed: false };

export interface GateRequest {
  title: string;
  gaps: GateGap[];
  resolve: (answer: GateAnswer) => void;
}

/** What the initiative lacks to enter Delivery, and the reason to record to go on anyway. */
export function GateDialog({ request, onAnswer }: { request: GateRequest; onAnswer: (answer: GateAnswer) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) setError(true);
    else onAnswer({ proceed: true, reason: reason.trim() });
  };
  return (
    <Dialog title={t('gate.title', { title: request.title })} onClose={() => onAnswer({ proceed: false })}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('gate.intro')}</p>
        <ul className="gate-gaps">
          {request.gaps.map((gap) => (
            <li key={gap}>{t(`gate.gaps.${gap}`)}</li>
          ))}
        </ul>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('gate.reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setReason(e.target.value);
              setError(false);
            }}
          />
          <p className="field__help" id={`${id}-help`}>
            {t('gate.reasonHelp')}
          </p>
          {error && (
            <p className="field__error" id={`${id}-error`}>
              {t('gate.reasonRequired')}
            </p>
          )}
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => onAnswer({ proceed: false })}>
            {t('gate.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('gate.proceed')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

