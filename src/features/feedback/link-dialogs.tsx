import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { proposedEvidenceLevel } from '../../db/discovery-queries';
import { linkFeedback, linkFeedbackEvidence } from '../../db/feedback-link-commands';
import type { EvidenceStance, Hypothesis } from '../../domain/discovery/types';
import { IMPORTANCES, type FeedbackNote, type Importance } from '../../domain/feedback/types';
import type { Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { LinkedEvidence } from '../../ui/evidence-level-proposal';
import { TextField } from '../../ui/form-field';
import { HypothesisSelect } from '../../ui/hypothesis-select';
import { useCommand } from '../../ui/use-command';
import { InitiativePicker } from './initiative-picker';

interface LinkDialogProps {
  note: FeedbackNote;
  /** The words highlighted in the note when the dialog opened: the excerpt starts from them. */
  selection: string;
  onClose: () => void;
}

function Choices<T extends string>({ legend, name, options, value, onChange, label }: { legend: string; name: string; options: readonly T[]; value: T; onChange: (v: T) => void; label: (v: T) => string }) {
  return (
    <fieldset className="field choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

function LinkForm({ onSubmit, onClose, children, submit, disabled }: { onSubmit: (e: FormEvent) => void; onClose: () => void; children: ReactNode; submit: string; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {children}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={disabled}>
          {submit}
        </button>
      </div>
    </form>
  );
}

/** Links the note, or the excerpt highlighted in it, to an initiative it asks for, with how much it matters. */
export function LinkInitiativeDialog({ note, selection, initiatives, onClose }: LinkDialogProps & { initiatives: readonly Initiative[] }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const [initiativeId, setInitiativeId] = useState('');
  const [importance, setImportance] = useState<Importance>('important');
  const [excerpt, setExcerpt] = useState(selection);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!initiativeId) return setErrors({ initiativeId: 'errors.pickInitiative' });
    const result = await run(() => linkFeedback(note.id, initiativeId, importance, excerpt));
    if (result.ok) {
      announce(t('feedback.link.linked', { title: initiatives.find((i) => i.id === initiativeId)?.title ?? '' }));
      onClose();
    } else if (result.fields) setErrors(result.fields);
  };
  return (
    <Dialog title={t('feedback.link.initiativeTitle')} onClose={onClose}>
      <LinkForm onSubmit={submit} onClose={onClose} submit={t('feedback.link.submit')} disabled={false}>
        <InitiativePicker initiatives={initiatives} value={initiativeId} onChange={setInitiativeId} error={errors.initiativeId} />
        <Choices legend={t('feedback.link.importance')} name={`${id}-importance`} options={IMPORTANCES} value={importance} onChange={setImportance} label={(v) => t(`feedback.importance.${v}`)} />
        <TextField label={t('feedback.link.excerpt')} help={t('feedback.link.excerptHelp')} value={excerpt} onChange={setExcerpt} error={errors.excerpt} rows={3} />
      </LinkForm>
    </Dialog>
  );
}

const STANCES: readonly EvidenceStance[] = ['supports', 'refutes'];

/** Links the note, or an excerpt, to a hypothesis as evidence that supports or refutes it. */
export function LinkHypothesisDialog({ note, selection, hypotheses, initiatives, onClose }: LinkDialogProps & { hypotheses: readonly Hypothesis[]; initiatives: ReadonlyMap<string, Initiative> }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const [hypothesisId, setHypothesisId] = useState(hypotheses[0]?.id ?? '');
  const [stance, setStance] = useState<EvidenceStance>('supports');
  const [excerpt, setExcerpt] = useState(selection);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [linkedTo, setLinkedTo] = useState<string | null>(null);
  const choices = hypotheses.map((h) => ({ id: h.id, initiativeId: h.initiativeId, initiativeTitle: initiatives.get(h.initiativeId)?.title ?? '', text: h.belief }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => linkFeedbackEvidence(note.id, hypothesisId, stance, excerpt));
    if (!result.ok) {
      if (result.fields) setErrors(result.fields);
      return;
    }
    announce(t('feedback.link.evidenceLinked'));
    if ((await proposedEvidenceLevel(hypothesisId)) !== null) setLinkedTo(hypothesisId);
    else onClose();
  };

  if (linkedTo) {
    return (
      <Dialog title={t('feedback.link.hypothesisTitle')} onClose={onClose}>
        <LinkedEvidence linked={t('feedback.link.evidenceLinked')} hypothesisId={linkedTo} onSet={onClose} />
      </Dialog>
    );
  }
  return (
    <Dialog title={t('feedback.link.hypothesisTitle')} onClose={onClose}>
      {hypotheses.length === 0 ? (
        <p>{t('feedback.link.noHypotheses')}</p>
      ) : (
        <LinkForm onSubmit={submit} onClose={onClose} submit={t('feedback.link.submitEvidence')} disabled={!hypothesisId}>
          <HypothesisSelect label={t('feedback.link.hypothesis')} error={errors.hypothesisId} choices={choices} value={hypothesisId} onChange={setHypothesisId} />
          <Choices legend={t('feedback.link.stance')} name={`${id}-stance`} options={STANCES} value={stance} onChange={setStance} label={(v) => t(`feedback.link.stances.${v}`)} />
          <TextField label={t('feedback.link.excerpt')} help={t('feedback.link.evidenceExcerptHelp')} value={excerpt} onChange={setExcerpt} error={errors.excerpt} rows={3} />
        </LinkForm>
      )}
    </Dialog>
  );
}
