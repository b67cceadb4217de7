import { useId } from 'react';
import { setScoring } from '../../db/strategy-commands';
import { SCORING_FRAMEWORKS, type ScoringFramework } from '../../domain/strategy/types';
import { useTranslation } from '../../i18n/i18n';
import { announce } from '../../ui/announcer';
import { useCommand } from '../../ui/use-command';
import { frameworkName } from './strategy-words';

/** The product's scoring framework, RICE or ICE: a choice that applies at once. */
export function ScoringSection({ productId, framework }: { productId: string; framework: ScoringFramework }) {
  const { t } = useTranslation();
  const run = useCommand();
  const id = useId();
  const choose = async (next: ScoringFramework) => {
    const result = await run(() => setScoring(productId, next));
    if (result.ok) announce(t('strategy.scoring.changed', { framework: frameworkName(next) }));
  };
  return (
    <section className="strategy-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('strategy.scoring.title')}</h2>
      <fieldset className="strategy-fieldset scoring-choice">
        <legend>{t('strategy.scoring.framework')}</legend>
        {SCORING_FRAMEWORKS.map((f) => (
          <label key={f} className="scoring-choice__option">
            <input type="radio" name={`${id}-framework`} value={f} checked={framework === f} aria-describedby={`${id}-${f}-help`} onChange={() => void choose(f)} />
            <span className="scoring-choice__name">{t(`strategy.scoring.${f}`)}</span>
            <span className="field__help" id={`${id}-${f}-help`}>
              {t(`strategy.scoring.${f}Help`)}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="field__help">{t('strategy.scoring.boardHelp')}</p>
    </section>
  );
}
