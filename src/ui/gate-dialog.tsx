import { useState, type FormEvent } from 'react';
import type { GateGap } from '../domain/discovery/gate';
import { useTranslation } from '../i18n/i18n';
import { Dialog } from './dialog';
import { TextField } from './form-field';

export type GateAnswer = { proceed: true; reason: string } | { proceed: false };

export interface GateRequest {
  title: string;
  gaps: GateGap[];
  resolve: (answer: GateAnswer) => void;
}

/** What the initiative lacks to enter Delivery, and the reason to record to go on anyway. */
export function GateDialog({ request, onAnswer }: { request: GateRequest; onAnswer: (answer: GateAnswer) => void }) {
  const { t } = useTranslation();
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
        <TextField
          label={t('gate.reason')}
          help={t('gate.reasonHelp')}
          error={error ? 'gate.reasonRequired' : undefined}
          rows={3}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(false);
          }}
        />
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

