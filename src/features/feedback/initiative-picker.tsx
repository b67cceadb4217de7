import { useId, useState } from 'react';
import { normalize } from '../../domain/filter';
import { LANES, type Initiative } from '../../domain/types';
import { useTranslation } from '../../i18n/i18n';

/** Enough to find one by a word or two among thousands, without a list no one can read. */
const MAX_SHOWN = 200;

interface InitiativePickerProps {
  initiatives: readonly Initiative[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}

/** An initiative picked by typing words of its title, then from a list grouped by lane. */
export function InitiativePicker({ initiatives, value, onChange, error }: InitiativePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const words = normalize(query).split(/\s+/).filter(Boolean);
  const matching = initiatives.filter((i) => i.id === value || words.every((w) => normalize(i.title).includes(w)));
  const shown = matching.slice(0, MAX_SHOWN);
  return (
    <div className="field initiative-picker">
      <label htmlFor={`${id}-search`}>{t('feedback.link.findInitiative')}</label>
      <input id={`${id}-search`} type="search" value={query} autoFocus data-autofocus="" onChange={(e) => setQuery(e.target.value)} aria-controls={`${id}-list`} />
      <label htmlFor={`${id}-list`} className="visually-hidden">
        {t('feedback.link.initiative')}
      </label>
      <select id={`${id}-list`} size={8} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-count`}>
        {LANES.map((lane) => {
          const ofLane = shown.filter((i) => i.lane === lane);
          return (
            ofLane.length > 0 && (
              <optgroup key={lane} label={t(`lanes.${lane}`)}>
                {ofLane.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </optgroup>
            )
          );
        })}
      </select>
      <p className="field__help" id={`${id}-count`} aria-live="polite">
        {matching.length === 0 ? t('feedback.link.noInitiative') : matching.length > MAX_SHOWN ? t('feedback.link.moreInitiatives', { shown: MAX_SHOWN, count: matching.length }) : t('feedback.link.initiativeCount', { count: matching.length })}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {t(error as 'errors.unknown')}
        </p>
      )}
    </div>
  );
}
