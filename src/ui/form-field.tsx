import { useId, type ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';

interface FieldProps {
  label: string;
  /** An i18n key from a command's field errors. */
  error?: string;
  help?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled field with its help and its error, announced when it appears. */
export function Field({ label, error, help, children }: FieldProps) {
  const id = useId();
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {help && (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A field's error, from an i18n key of a command's field errors, announced as it appears; nothing without one. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p className="field__error" id={id} role="alert">
      {t(error as 'errors.unknown') || t('errors.unknown')}
    </p>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  help?: string;
  /** Rows of a textarea; a one-line input when absent. */
  rows?: number;
  type?: 'text' | 'date';
  required?: boolean;
  autoFocus?: boolean;
}

/** A text input or textarea as a Field. */
export function TextField({ label, value, onChange, onBlur, error, help, rows, type = 'text', required, autoFocus }: TextFieldProps) {
  return (
    <Field label={label} error={error} help={help}>
      {(props) =>
        rows ? (
          <textarea {...props} rows={rows} value={value} required={required} autoFocus={autoFocus} data-autofocus={autoFocus ? '' : undefined} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        ) : (
          <input {...props} type={type} value={value} required={required} autoFocus={autoFocus} data-autofocus={autoFocus ? '' : undefined} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
        )
      }
    </Field>
  );
}

interface NumberFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  help?: string;
  /** The input's class, for its width. */
  className?: string;
}

/**
 * A number typed as text: a decimal keyboard on touch screens, and the typed text kept as it is
 * (such as "0," on the way to "0,5") until the command says whether it is a valid number.
 */
export function NumberField({ label, value, onChange, onBlur, error, help, className = 'number-input' }: NumberFieldProps) {
  return (
    <Field label={label} error={error} help={help}>
      {(props) => <input {...props} className={className} inputMode="decimal" value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />}
    </Field>
  );
}
