import { useId, useState, type FormEvent } from 'react';
import { createAccount, updateAccount } from '../../db/account-commands';
import type { Account } from '../../domain/feedback/types';
import { SEGMENTS } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { Field, NumberField, TextField } from '../../ui/form-field';
import { numberText } from '../../ui/number-text';
import { useCommand } from '../../ui/use-command';
import { parseAmount } from './account-words';

interface Values {
  name: string;
  segment: Account['segment'];
  plan: string;
  /** As typed: the command says whether it is an amount. */
  revenue: string;
  strategic: boolean;
}

interface AccountDialogProps {
  productId: string;
  /** The account to edit; a new one when absent. */
  account?: Account;
  onClose: () => void;
  onSaved?: (account: Account) => void;
}

/** Adds an account, or edits one's facts; the command's refusals show under their fields. */
export function AccountDialog({ productId, account, onClose, onSaved }: AccountDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const id = useId();
  const [values, setValues] = useState<Values>(() => ({
    name: account?.name ?? '',
    segment: account?.segment ?? '',
    plan: account?.plan ?? '',
    revenue: numberText(account?.revenue ?? null, language),
    strategic: account?.strategic ?? false,
  }));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, revenue: parseAmount(values.revenue, language) };
    const result = await run(() => (account ? updateAccount(account.id, input) : createAccount(productId, input)));
    if (!result.ok) {
      if (result.fields) setErrors(result.fields);
      return;
    }
    announce(t(account ? 'accounts.saved' : 'accounts.added', { name: result.value.name }));
    onSaved?.(result.value);
    onClose();
  };

  return (
    <Dialog title={account ? t('accounts.form.editTitle', { name: account.name }) : t('accounts.form.newTitle')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('accounts.form.name')} help={t('accounts.form.nameHelp')} value={values.name} onChange={(v) => set('name', v)} error={errors.name} required autoFocus />
        <Field label={t('accounts.form.segment')} error={errors.segment}>
          {(props) => (
            <select {...props} value={values.segment} onChange={(e) => set('segment', e.target.value as Account['segment'])}>
              {SEGMENTS.map((s) => (
                <option key={s} value={s}>
                  {t(`accounts.form.segments.${s || 'none'}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField label={t('accounts.form.plan')} help={t('accounts.form.planHelp')} value={values.plan} onChange={(v) => set('plan', v)} error={errors.plan} />
        <NumberField label={t('accounts.form.revenue')} help={t('accounts.form.revenueHelp')} value={values.revenue} onChange={(v) => set('revenue', v)} error={errors.revenue} className="account-form__revenue" />
        <div className="field account-form__strategic">
          <label>
            <input type="checkbox" checked={values.strategic} onChange={(e) => set('strategic', e.target.checked)} aria-describedby={`${id}-strategic`} />
            <span>{t('accounts.form.strategic')}</span>
          </label>
          <p className="field__help" id={`${id}-strategic`}>
            {t('accounts.form.strategicHelp')}
          </p>
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {account ? t('accounts.form.save') : t('accounts.form.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
