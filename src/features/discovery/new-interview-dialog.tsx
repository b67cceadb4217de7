import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { recordInterview } from '../../db/interview-commands';
import { useTranslation } from '../../i18n/i18n';
import { Dialog } from '../../ui/dialog';
import { drafts } from '../../ui/draft-store';
import { paths } from '../../ui/paths';
import { useCommand } from '../../ui/use-command';
import { todayIso } from './discovery-words';
import { useInitiativeOptions } from './initiative-options';
import { ParticipantFields, type ParticipantValues } from './interview-fields';
import { TemplateSelect, useTemplateChoice } from '../../ui/template-choice';

interface NewInterviewDialogProps {
  productId: string;
  onClose: () => void;
}

/** Records an interview from a template, then opens its page to take notes. */
export function NewInterviewDialog({ productId, onClose }: NewInterviewDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [, navigate] = useLocation();
  const id = useId();
  const choice = useTemplateChoice(productId, 'interview');
  const initiatives = useInitiativeOptions(productId);
  const draftKey = `new-interview:${productId}`;
  const [values, setValues] = useState<ParticipantValues>(
    () => drafts.read<ParticipantValues>(draftKey) ?? { date: todayIso(), alias: '', role: '', segment: '', companySize: '', initiativeId: null },
  );
  const [templateId, setTemplateId] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const change = (next: ParticipantValues) => {
    setValues(next);
    drafts.write(draftKey, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const template = templateId || choice?.defaultId;
    if (!template) return;
    const result = await run(() => recordInterview(productId, template, language, values));
    if (result.ok) {
      drafts.clear(draftKey);
      onClose();
      navigate(paths.interview(productId, result.value.id));
    } else if (result.fields) setErrors(result.fields);
  };

  return (
    <Dialog title={t('discovery.interviews.new')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('discovery.template')}</label>
          <TemplateSelect id={`${id}-template`} choice={choice} value={templateId} onChange={setTemplateId} />
        </div>
        <ParticipantFields values={values} errors={errors} initiatives={initiatives ?? []} onChange={change} autoFocusAlias />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!choice}>
            {t('discovery.interviews.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
