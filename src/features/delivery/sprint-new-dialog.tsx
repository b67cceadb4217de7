import { useState, type FormEvent } from 'react';
import { createSprint } from '../../db/sprint-commands';
import { isIsoDate } from '../../domain/limits';
import type { Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { Dialog } from '../../ui/dialog';
import { Field, TextField } from '../../ui/form-field';
import { useCommand } from '../../ui/use-command';
import { dayText } from '../../ui/date-text';
import { endAfterWeeks, nextSprintName, nextSprintStart, usualWeeks } from './sprint-words';

interface NewSprintDialogProps {
  productId: string;
  /** The product's sprints: the next one is named and dated after them. */
  sprints: readonly Sprint[];
  today: string;
  onCreated?: (sprint: Sprint) => void;
  onClose: () => void;
}

/** 1 to 4 weeks, or an end date of the user's choosing. */
type Length = '1' | '2' | '3' | '4' | 'custom';
const WEEKS: readonly Length[] = ['1', '2', '3', '4'];

/** Plans a sprint: its name follows the last one's, it starts when the last one ends, and lasts as long. */
export function NewSprintDialog({ productId, sprints, today, onCreated, onClose }: NewSprintDialogProps) {
  const { t, language } = useTranslation();
  const run = useCommand();
  const [name, setName] = useState(() => nextSprintName(sprints, t));
  const [goal, setGoal] = useState('');
  const [startDate, setStartDate] = useState(() => nextSprintStart(sprints, today));
  const [length, setLength] = useState<Length>(() => String(usualWeeks(sprints)) as Length);
  const [customEnd, setCustomEnd] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const endDate = length === 'custom' ? customEnd : isIsoDate(startDate) ? endAfterWeeks(startDate, Number(length)) : '';

  const chooseLength = (next: Length) => {
    // Switching to an end date starts from the one the chosen length gave, ready to adjust.
    if (next === 'custom' && !customEnd) setCustomEnd(endDate);
    setLength(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(() => createSprint(productId, { name, goal, startDate, endDate }));
    if (result.ok) {
      announce(t('sprints.new.created', { name: result.value.name }));
      onCreated?.(result.value);
      onClose();
    } else if (result.fields) setErrors(result.fields);
  };

  return (
    <Dialog title={t('sprints.new.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('sprints.new.name')} value={name} onChange={setName} error={errors.name} required autoFocus />
        <TextField label={t('sprints.new.goal')} help={t('sprints.new.goalHelp')} value={goal} onChange={setGoal} error={errors.goal} rows={2} />
        <div className="field-row">
          <TextField label={t('sprints.new.start')} type="date" value={startDate} onChange={setStartDate} error={errors.startDate} required />
          <Field label={t('sprints.new.length')}>
            {(props) => (
              <select {...props} value={length} onChange={(e) => chooseLength(e.target.value as Length)}>
                {WEEKS.map((w) => (
                  <option key={w} value={w}>
                    {t('sprints.new.weeks', { count: Number(w) })}
                  </option>
                ))}
                <option value="custom">{t('sprints.new.customEnd')}</option>
              </select>
            )}
          </Field>
        </div>
        {length === 'custom' ? (
          <TextField label={t('sprints.new.end')} help={t('sprints.new.endHelp')} type="date" value={customEnd} onChange={setCustomEnd} error={errors.endDate} required />
        ) : (
          endDate && <p className="field__help">{t('sprints.new.endsOn', { date: dayText(endDate, language, 'full') })}</p>
        )}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('sprints.new.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
