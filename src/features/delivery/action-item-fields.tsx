import type { ActionItemFields } from '../../domain/delivery/rituals';
import { useTranslation } from '../../i18n/i18n';
import { TextField } from '../../ui/form-field';

/** The form's values: the due date as the date input gives it ('' for none). */
export interface ActionItemValues {
  text: string;
  owner: string;
  dueDate: string;
}

export const EMPTY_ACTION: ActionItemValues = { text: '', owner: '', dueDate: '' };

export const valuesOfAction = (item: ActionItemFields): ActionItemValues => ({ text: item.text, owner: item.owner, dueDate: item.dueDate ?? '' });

export const fieldsOfAction = (values: ActionItemValues): ActionItemFields => ({ text: values.text, owner: values.owner, dueDate: values.dueDate === '' ? null : values.dueDate });

interface ActionItemInputsProps {
  values: ActionItemValues;
  errors: Record<string, string | undefined>;
  onChange: (values: ActionItemValues) => void;
  autoFocus?: boolean;
}

/** An action item's text, owner and due date, for adding one and for editing it. */
export function ActionItemInputs({ values, errors, onChange, autoFocus }: ActionItemInputsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('rituals.actions.text')} value={values.text} error={errors.text} required autoFocus={autoFocus} onChange={(text) => onChange({ ...values, text })} />
      <div className="field-row">
        <TextField label={t('rituals.actions.owner')} value={values.owner} error={errors.owner} onChange={(owner) => onChange({ ...values, owner })} />
        <TextField label={t('rituals.actions.dueDate')} type="date" value={values.dueDate} error={errors.dueDate} onChange={(dueDate) => onChange({ ...values, dueDate })} />
      </div>
    </>
  );
}
