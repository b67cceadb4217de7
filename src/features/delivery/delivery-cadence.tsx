import { useId, useState } from 'react';
import { setBoardFollowsSprint, setCadence } from '../../db/sprint-commands';
import { CADENCES, type Cadence } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { errorMessage } from '../../ui/error-message';

/**
 * How the product ships: Scrum sprints or continuous flow, each explained in one sentence. A
 * refusal (a sprint still active) is said next to the choice, where the user is looking.
 */
export function CadenceChoice({ productId, cadence, follows }: { productId: string; cadence: Cadence; follows: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [refusal, setRefusal] = useState('');

  const choose = async (next: Cadence) => {
    setRefusal('');
    try {
      await setCadence(productId, next);
      announce(t('sprints.cadence.changed', { cadence: t(`sprints.cadence.${next}`) }));
    } catch (error) {
      setRefusal(errorMessage(error, t));
    }
  };

  return (
    <fieldset className="cadence" aria-describedby={refusal ? `${id}-refusal` : undefined}>
      <legend className="cadence__legend">{t('sprints.cadence.legend')}</legend>
      <div className="cadence__options">
        {CADENCES.map((c) => (
          <label key={c} className={`cadence__option${c === cadence ? ' cadence__option--chosen' : ''}`}>
            <input type="radio" name={`${id}-cadence`} value={c} checked={c === cadence} onChange={() => void choose(c)} aria-describedby={`${id}-${c}`} />
            <span className="cadence__name">{t(`sprints.cadence.${c}`)}</span>
            <span className="cadence__help" id={`${id}-${c}`}>
              {t(`sprints.cadence.${c}Help`)}
            </span>
          </label>
        ))}
      </div>
      <label className="cadence__follow">
        <input type="checkbox" checked={follows} onChange={(e) => void setBoardFollowsSprint(productId, e.target.checked).catch((error: unknown) => setRefusal(errorMessage(error, t)))} aria-describedby={`${id}-follow`} />
        <span>{t('sprints.cadence.follow')}</span>
        <span className="cadence__help" id={`${id}-follow`}>
          {t('sprints.cadence.followHelp')}
        </span>
      </label>
      {refusal && (
        <p className="field__error" id={`${id}-refusal`} role="alert">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
