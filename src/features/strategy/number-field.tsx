import { Field } from '../../ui/form-field';

interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  help?: string;
}

/**
 * A number typed as text: a decimal keyboard on touch screens, and the typed text kept as it is
 * (such as "0," on the way to "0,5") until the command says whether it is a valid number.
 */
export function NumberField({ label, value, onChange, onBlur, error, help }: NumberFieldProps) {
  return (
    <Field label={label} error={error} help={help}>
      {(props) => <input {...props} className="number-input" inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />}
    </Field>
  );
}
