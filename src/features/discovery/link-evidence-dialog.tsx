import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { hypothesisLog, proposedEvidenceLevel } from '../../db/discovery-queries';
import { linkEvidence } from '../../db/interview-commands';
import type { EvidenceStance, Interview } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { useCommand } from '../../ui/use-command';
import { statementOf } from './discovery-words';
import { LinkedEvidence } from '../../ui/evidence-level-proposal';
import { TextField } from '../../ui/form-field';
import { HypothesisSelect } from '../../ui/hypothesis-select';

interface LinkEvidenceDialogProps {
  interview: Interview;
  /** The quote as typed now: the excerpt starts from it. */
  quote: string;
  onClose: () => void;
}

const STANCES: readonly EvidenceStance[] = ['supports', 'refutes'];

/** Links the interview to a hypothesis of the product as evidence for or against it. */
export function LinkEvidenceDialog({ interview, quote, onClose }: LinkEvidenceDialogProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const rows = useLiveQuery(() => hypothesisLog(interview.productId), [interview.productId]);
  const [hypothesisId, setHypothesisId] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('supports');
  const [excerpt, setExcerpt] = useState(quote);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [linkedTo, setLinkedTo] = useState<string | null>(null);

  // By initiative, the interview's own initiative first.
  const sorted = [...(rows ?? [])].sort(
    (a, b) =>
      Number(b.hypothesis.initiativeId === interview.initiativeId) - Number(a.hypothesis.initiativeId === interview.initiativeId) ||
      a.initiativeTitle.localeCompare(b.initiativeTitle),
  );
  const choices = sorted.map((row) => ({ id: row.hypothesis.id, initiativeId: row.hypothesis.initiativeId, initiativeTitle: row.initiativeTitle, text: statementOf(row.hypothesis, t) }));
  const chosen = hypothesisId || sorted[0]?.hypothesis.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    const result = await run(() => linkEvidence(interview.id, chosen, stance, excerpt));
    if (result.ok) {
      announce(t('discovery.interview.linked'));
      if ((await proposedEvidenceLevel(chosen)) !== null) setLinkedTo(chosen);
      else onClose();
    } else if (result.fields) setErrors(result.fields);
  };

  if (linkedTo) {
    return (
      <Dialog title={t('discovery.interview.link')} onClose={onClose}>
        <LinkedEvidence linked={t('discovery.interview.linked')} hypothesisId={linkedTo} onSet={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog title={t('discovery.interview.link')} onClose={onClose}>
      {rows && rows.length === 0 ? (
        <p>{t('discovery.interview.noHypotheses')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <HypothesisSelect label={t('discovery.interview.hypothesis')} error={errors.hypothesisId} choices={choices} value={chosen} onChange={setHypothesisId} />
          <fieldset className="field">
            <legend>{t('discovery.interview.stance')}</legend>
            {STANCES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name={`${id}-stance`} checked={stance === s} onChange={() => setStance(s)} />
                {t(`discovery.stances.${s}`)}
              </label>
            ))}
          </fieldset>
          <TextField
            label={t('discovery.interview.excerpt')}
            help={t('discovery.interview.excerptHelp')}
            value={excerpt}
            onChange={setExcerpt}
            error={errors.excerpt}
            rows={3}
          />
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={!chosen}>
              {t('discovery.interview.linkSubmit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
