import { useId, useState, type FormEvent } from 'react';
import { editHypothesis, setHypothesisStatus } from '../../db/hypothesis-commands';
import { nextStatuses } from '../../domain/discovery/status';
import { DECIDED_STATUSES, type Hypothesis, type HypothesisStatus, type StatusChange } from '../../domain/discovery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { TextField } from '../../ui/form-field';
import { useRecordAutosave } from '../../ui/use-record-autosave';
import { dateTimeText } from '../../ui/date-text';

/** Moves the hypothesis to one of the statuses allowed from its current one, with an optional note. */
export function StatusControl({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const options = nextStatuses(h.status);
  const [chosen, setChosen] = useState<HypothesisStatus | ''>('');
  const [note, setNote] = useState('');
  if (options.length === 0) return null;
  const status = chosen && options.includes(chosen) ? chosen : options[0]!;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => setHypothesisStatus(h.id, status, note.trim() || undefined));
    if (!result.ok) return;
    setNote('');
    setChosen('');
    announce(t('discovery.hypotheses.statusChanged', { status: t(`discovery.statuses.${status}`) }));
  };

  return (
    <form className="status-control" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <span className="status-control__title" id={`${id}-legend`}>
        {t('discovery.hypotheses.changeStatus')}
      </span>
      <label className="status-control__field">
        <span>{t('discovery.hypotheses.newStatus')}</span>
        <select value={status} onChange={(e) => setChosen(e.target.value as HypothesisStatus)}>
          {options.map((s) => (
            <option key={s} value={s}>
              {t(`discovery.statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="status-control__field status-control__note">
        <span>{t('discovery.hypotheses.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button button--small">
        {t('discovery.hypotheses.apply')}
      </button>
    </form>
  );
}

/** What the team learned, editable once the hypothesis is decided; saved as it is typed. */
export function LearningField({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const { t } = useTranslation();
  if ((DECIDED_STATUSES as readonly HypothesisStatus[]).includes(h.status)) return <LearningEditor hypothesis={h} />;
  if (!h.learning) return null;
  return (
    <div className="hypothesis__learning">
      <p className="field__label">{t('discovery.hypotheses.learning')}</p>
      <p className="hypothesis__learning-text">{h.learning}</p>
    </div>
  );
}

function LearningEditor({ hypothesis: h }: { hypothesis: Hypothesis }) {
  const { t } = useTranslation();
  const run = useCommand();
  const { values, errors, state, change, save } = useRecordAutosave(`hypothesis-learning:${h.id}`, { learning: h.learning }, (_values, edits) =>
    run(() => editHypothesis(h.id, edits)),
  );
  return (
    <div className="hypothesis__learning">
      <TextField
        label={t('discovery.hypotheses.learning')}
        help={t('discovery.hypotheses.learningHelp')}
        value={values.learning}
        onChange={(learning) => change({ learning })}
        onBlur={() => state === 'unsaved' && void save()}
        error={errors.learning}
        rows={3}
      />
      <p className={`autosave-state autosave-state--${state}`} role="status">
        {t(`discovery.${state}`)}
      </p>
    </div>
  );
}

/** The hypothesis's status changes, oldest first, each dated. */
export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  const { t, language } = useTranslation();
  const id = useId();
  if (history.length === 0) return null;
  const label = (status: string) => t(`discovery.statuses.${status as HypothesisStatus}`) || status;
  return (
    <section className="hypothesis__history" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{t('discovery.hypotheses.history')}</h5>
      <ol className="status-history">
        {[...history]
          .sort((a, b) => a.at - b.at)
          .map((c) => (
            <li key={c.id}>
              <time dateTime={new Date(c.at).toISOString()}>{dateTimeText(c.at, language)}</time>{' '}
              {c.from ? t('discovery.hypotheses.historyChange', { from: label(c.from), to: label(c.to) }) : t('discovery.hypotheses.historyCreated', { to: label(c.to) })}
              {c.note && <span className="status-history__note"> — {c.note}</span>}
            </li>
          ))}
      </ol>
    </section>
  );
}
