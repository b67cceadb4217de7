import { Field } from './form-field';

/** One hypothesis to choose, under its initiative's title. */
export interface HypothesisChoice {
  id: string;
  initiativeId: string;
  initiativeTitle: string;
  /** What the option says; cut to fit a select's width. */
  text: string;
}

const MAX_OPTION = 110;
const short = (text: string) => (text.length > MAX_OPTION ? `${text.slice(0, MAX_OPTION - 1)}…` : text);

interface HypothesisSelectProps {
  label: string;
  error: string | undefined;
  /** In the order to show them: the initiatives come in the order of their first hypothesis. */
  choices: readonly HypothesisChoice[];
  value: string;
  onChange: (id: string) => void;
}

/** A dialog's first field: the product's hypotheses, grouped by initiative. */
export function HypothesisSelect({ label, error, choices, value, onChange }: HypothesisSelectProps) {
  const groups = new Map<string, HypothesisChoice[]>();
  for (const choice of choices) {
    const group = groups.get(choice.initiativeId);
    if (group) group.push(choice);
    else groups.set(choice.initiativeId, [choice]);
  }
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)} autoFocus data-autofocus="">
          {[...groups.values()].map((group) => (
            <optgroup key={group[0]!.initiativeId} label={group[0]!.initiativeTitle}>
              {group.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {short(choice.text)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
