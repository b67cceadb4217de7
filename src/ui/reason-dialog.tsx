import { useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { Dialog } from './dialog';
import { TextField } from './form-field';

/** The words of a reason dialog, in the UI language; `required` is the message key of the empty-reason error. */
export interface ReasonWords {
  intro: string;
  reason: string;
  help: string;
  required: MessageKey;
  cancel: string;
  proceed: string;
}

/**
 * What stands in the way, and the reason to record to go on anyway: the gate into Delivery, a
 * story Done short of its definition. An empty reason is refused on the field; `null` is a cancel.
 */
export function ReasonDialog({ title, words, children, onAnswer }: { title: string; words: ReasonWords; children: ReactNode; onAnswer: (reason: string | null) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) setError(true);
    else onAnswer(reason.trim());
  };
  return (
    <Dialog title={title} onClose={() => onAnswer(null)}>
      <form className="form" onSubmit={submit} noValidate>
        <p>{words.intro}</p>
        <ul className="gate-gaps">{children}</ul>
        <TextField
          label={words.reason}
          help={words.help}
          error={error ? words.required : undefined}
          rows={3}
          value={reason}
          onChange={(value) => {
            setReason(value);
            setError(false);
          }}
        />
        <div className="form__actions">
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            {words.cancel}
          </button>
          <button type="submit" className="button button--primary">
            {words.proceed}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
