import { useState, type FormEvent } from 'react';
import type { GateGap } from '../domain/discovery/gate';
import { useTranslation } from '../i18n/i18n';
import { Link } from 'wouter';
import type { InitiativeTab } from '../domain/initiative-tabs';
import { Dialog } from './dialog';
import { paths } from './paths';
import { TextField } from './form-field';

export type GateAnswer = { proceed: true; reason: string } | { proceed: false };

export interface GateRequest {
  productId: string;
  initiativeId: string;
  title: string;
  gaps: GateGap[];
  resolve: (answer: GateAnswer) => void;
}

/** Where each gap is fixed on the initiative's page. */
const GAP_TAB: Record<GateGap, InitiativeTab> = { noValidatedHypothesis: 'discovery', hypothesisTesting: 'discovery', noReadyStory: 'delivery' };

/** What the initiative lacks to enter Delivery, each with a link to fix it, and the reason to record to go on anyway. */
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
            <li key={gap}>
              {t(`gate.gaps.${gap}`)}{' '}
              {/* Fixing it is the way on: the move is cancelled, the card stays where it was. */}
              <Link href={paths.initiative(request.productId, request.initiativeId, GAP_TAB[gap])} onClick={() => onAnswer({ proceed: false })}>
                {t(`gate.fix.${gap}`)}
              </Link>
            </li>
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

