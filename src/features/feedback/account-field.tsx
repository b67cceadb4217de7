import { useId } from 'react';
import { accountKey } from '../../domain/feedback/fields';
import type { Account } from '../../domain/feedback/types';
import type { Segment } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { FieldError } from '../../ui/form-field';

export interface AccountDraft {
  /** The account's name as typed: an existing account's, a new one's, or '' for none. */
  name: string;
  /** For a new account. */
  segment: Segment;
}

/** The account the typed name picks: an existing one (same name ignoring case and accents), or null when it is new or empty. */
export function pickedAccount(draft: AccountDraft, accounts: readonly Account[]): Account | null {
  const key = accountKey(draft.name);
  return key ? (accounts.find((a) => accountKey(a.name) === key) ?? null) : null;
}

interface AccountFieldProps {
  value: AccountDraft;
  onChange: (value: AccountDraft) => void;
  accounts: readonly Account[];
  error?: string;
}

/**
 * The account a note is about, picked as you type among the product's accounts (a datalist), or
 * created with the note when the name is new: the field says which will happen before saving.
 */
export function AccountField({ value, onChange, accounts, error }: AccountFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const existing = pickedAccount(value, accounts);
  const isNew = value.name.trim() !== '' && !existing;
  const describedBy = [`${id}-state`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field account-field">
      <label htmlFor={id}>{t('feedback.capture.account')}</label>
      <input id={id} list={`${id}-list`} value={value.name} autoComplete="off" aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onChange({ ...value, name: e.target.value })} />
      <datalist id={`${id}-list`}>
        {accounts.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <p className="field__help" id={`${id}-state`} aria-live="polite">
        {existing
          ? t('feedback.capture.accountExisting', { name: existing.name })
          : isNew
            ? t('feedback.capture.accountNew', { name: value.name.trim() })
            : t('feedback.capture.accountNone')}
      </p>
      {isNew && (
        <fieldset className="field account-field__segment">
          <legend>{t('feedback.capture.segment')}</legend>
          {(['B2B', 'B2C'] as const).map((segment) => (
            <label key={segment} className="choice">
              <input type="radio" name={`${id}-segment`} checked={value.segment === segment} onChange={() => onChange({ ...value, segment })} />
              {segment}
            </label>
          ))}
        </fieldset>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
