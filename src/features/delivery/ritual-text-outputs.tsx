import { useId } from 'react';
import type { RitualKind, Sprint } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { TextField } from '../../ui/form-field';
import { decisionsOf, TEXT_OUTPUTS, type TextOutput } from './ritual-outputs';

export interface TextOutputValues {
  goal: string;
  /** One decision (or, in a daily, one blocker) per line. */
  decisions: string;
}

interface RitualTextOutputsProps {
  kind: RitualKind;
  sprint: Sprint | null;
  values: TextOutputValues;
  errors: Record<string, string | undefined>;
  onChange: (output: TextOutput, value: string) => void;
  onBlur: () => void;
  readOnly: boolean;
}

/**
 * What the ritual produces as text: the sprint goal of a planning, the decisions of a review, and
 * a daily's blockers and focus, the one-minute daily (big fields, quick to fill).
 */
export function RitualTextOutputs({ kind, sprint, values, errors, onChange, onBlur, readOnly }: RitualTextOutputsProps) {
  const { t } = useTranslation();
  const id = useId();
  const daily = kind === 'daily';
  const outputs = TEXT_OUTPUTS[kind];
  if (outputs.length === 0) return null;

  const label = (output: TextOutput) => {
    if (daily) return output === 'goal' ? t('rituals.outputs.daily.focus') : t('rituals.outputs.daily.blockers');
    return output === 'goal' ? t('rituals.outputs.planning.goal') : t('rituals.outputs.review.decisions');
  };
  const help = (output: TextOutput) => {
    if (output === 'decisions') return daily ? t('rituals.outputs.daily.blockersHelp') : t('rituals.outputs.review.decisionsHelp');
    if (daily) return t('rituals.outputs.daily.focusHelp');
    if (!sprint) return t('rituals.outputs.planning.goalNoSprint');
    return sprint.goal.trim() === '' ? t('rituals.outputs.planning.goalHelp', { sprint: sprint.name }) : t('rituals.outputs.planning.goalHelpCurrent', { sprint: sprint.name, goal: sprint.goal });
  };

  return (
    <section className={`ritual-panel ritual-outputs${daily ? ' ritual-outputs--daily' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{daily ? t('rituals.outputs.daily.title') : t('rituals.outputs.title')}</h2>
      {daily && !readOnly && <p className="field__help">{t('rituals.outputs.daily.intro')}</p>}
      {outputs.map((output) =>
        readOnly ? (
          <ReadOutput key={output} label={label(output)} output={output} values={values} />
        ) : (
          <TextField
            key={output}
            label={label(output)}
            help={help(output)}
            value={values[output]}
            error={errors[output]}
            rows={daily ? 3 : output === 'goal' ? 2 : 4}
            onChange={(value) => onChange(output, value)}
            onBlur={onBlur}
          />
        ),
      )}
    </section>
  );
}

function ReadOutput({ label, output, values }: { label: string; output: TextOutput; values: TextOutputValues }) {
  const { t } = useTranslation();
  const id = useId();
  const lines = output === 'decisions' ? decisionsOf(values.decisions).filter((d) => d.trim() !== '') : [];
  const empty = output === 'goal' ? values.goal.trim() === '' : lines.length === 0;
  return (
    <div className="ritual-output">
      <h3 id={id}>{label}</h3>
      {empty ? (
        <p className="field__help">{t('rituals.outputs.none')}</p>
      ) : output === 'goal' ? (
        <p className="ritual-output__text">{values.goal}</p>
      ) : (
        <ul aria-labelledby={id}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
