import { useState, type FormEvent } from 'react';
import { addFeedback, editFeedback, type AccountChoice } from '../../db/feedback-commands';
import { toLocalDate } from '../../domain/delivery/dates';
import { FEEDBACK_SOURCES, type Account, type FeedbackNote, type FeedbackSource } from '../../domain/feedback/types';
import { parseTags } from '../../domain/tags';
import { useTranslation } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { drafts } from '../../ui/draft-store';
import { Field, TextField } from '../../ui/form-field';
import { showNotice } from '../../ui/notices';
import { useCommand } from '../../ui/use-command';
import { useUndoAction } from '../../ui/use-history-step';
import { AccountField, pickedAccount, type AccountDraft } from './account-field';

interface CaptureValues {
  text: string;
  account: AccountDraft;
  person: string;
  source: FeedbackSource;
  date: string;
  tags: string;
}

const empty = (): CaptureValues => ({ text: '', account: { name: '', segment: 'B2B' }, person: '', source: 'sales', date: toLocalDate(Date.now()), tags: '' });

/** A note's values in the form, to edit it. */
function valuesOf(note: FeedbackNote, accounts: readonly Account[]): CaptureValues {
  const account = accounts.find((a) => a.id === note.accountId);
  return { text: note.text, account: { name: account?.name ?? '', segment: account?.segment || 'B2B' }, person: note.person, source: note.source, date: note.date, tags: note.tags.join(', ') };
}

/** The account a saved note names: the existing one the name picks, a new one, or none. */
function accountChoice(draft: AccountDraft, accounts: readonly Account[]): AccountChoice {
  const name = draft.name.trim();
  if (!name) return null;
  const existing = pickedAccount(draft, accounts);
  return existing ? { id: existing.id } : { create: { name, segment: draft.segment, plan: '', revenue: null, strategic: false } };
}

interface CaptureDialogProps {
  productId: string;
  accounts: readonly Account[];
  /** The note to edit; a new one when absent. */
  note?: FeedbackNote;
  onClose: () => void;
  onSaved: (note: FeedbackNote) => void;
}

/**
 * "New feedback" (or editing one): paste an e-mail or a call summary, name the account (picked, or
 * created as you type) and save. What is typed is kept as a draft until saved, so a reload loses nothing.
 */
export function CaptureDialog({ productId, accounts, note, onClose, onSaved }: CaptureDialogProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const undoAction = useUndoAction();
  const draftKey = note ? `feedback:edit:${note.id}` : `feedback:new:${productId}`;
  const [values, setValues] = useState<CaptureValues>(() => ({ ...(note ? valuesOf(note, accounts) : empty()), ...drafts.read<Partial<CaptureValues>>(draftKey) }));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const change = (patch: Partial<CaptureValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    drafts.write(draftKey, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { text, person, source, date } = values;
    const fields = { text, person, source, date, tags: parseTags(values.tags) };
    const account = accountChoice(values.account, accounts);
    const result = await run(() => (note ? editFeedback(note.id, fields, account) : addFeedback(productId, fields, account)));
    if (!result.ok) {
      if (result.fields) setErrors({ ...result.fields, account: result.fields.name ?? result.fields.segment });
      return;
    }
    drafts.clear(draftKey);
    if (!note) showNotice({ kind: 'info', message: t('feedback.capture.saved'), action: undoAction(productId) });
    onSaved(result.value);
  };

  return (
    <Dialog title={note ? t('feedback.capture.editTitle') : t('feedback.capture.title')} onClose={onClose}>
      <form className="form capture-form" onSubmit={submit} noValidate>
        <TextField label={t('feedback.capture.text')} help={t('feedback.capture.textHelp')} value={values.text} onChange={(text) => change({ text })} error={errors.text} rows={8} required autoFocus />
        <AccountField value={values.account} onChange={(account) => change({ account })} accounts={accounts} error={errors.account} />
        <div className="field-row">
          <TextField label={t('feedback.capture.person')} help={t('feedback.capture.personHelp')} value={values.person} onChange={(person) => change({ person })} error={errors.person} />
          <Field label={t('feedback.capture.source')} error={errors.source}>
            {(props) => (
              <select {...props} value={values.source} onChange={(e) => change({ source: e.target.value as FeedbackSource })}>
                {FEEDBACK_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t(`feedback.source.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField label={t('feedback.capture.date')} type="date" value={values.date} onChange={(date) => change({ date })} error={errors.date} required />
        </div>
        <TextField label={t('feedback.capture.tags')} help={t('feedback.capture.tagsHelp')} value={values.tags} onChange={(tags) => change({ tags })} error={errors.tags} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {note ? t('feedback.capture.saveChanges') : t('feedback.capture.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
