import { useId, useState, type FormEvent } from 'react';
import { deliveryGateFor } from '../db/gate';
import { entersDelivery, type GateGap } from '../domain/discovery/gate';
import type { Lane } from '../domain/types';
import { useTranslation } from '../i18n/i18n';
import { Dialog } from './dialog';

export type GateAnswer = { proceed: true; reason: string } | { proceed: false };

interface Request {
  title: string;
  gaps: GateGap[];
  resolve: (answer: GateAnswer) => void;
}

function GateDialog({ request, onAnswer }: { request: Request; onAnswer: (answer: GateAnswer) => void }) {
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

/**
 * The gate into Delivery, for every way of moving a card: `confirm` resolves at once when the
 * move does not enter Delivery or nothing is missing; otherwise it shows what is missing and lets
 * the user go on with a reason, or cancel. Render `dialog` where the hook is used.
 */
export function useDeliveryGate() {
  const [request, setRequest] = useState<Request | null>(null);
  const confirm = async (initiative: { id: string; title: string; lane: Lane }, toLane: Lane): Promise<GateAnswer> => {
    if (!entersDelivery(initiative.lane, toLane)) return { proceed: true, reason: '' };
    const gaps = await deliveryGateFor(initiative.id);
    if (gaps.length === 0) return { proceed: true, reason: '' };
    return new Promise((resolve) => setRequest({ title: initiative.title, gaps, resolve }));
  };
  const dialog = request ? (
    <GateDialog
      request={request}
      onAnswer={(answer) => {
        setRequest(null);
        request.resolve(answer);
      }}
    />
  ) : null;
  return { confirm, dialog };
}
