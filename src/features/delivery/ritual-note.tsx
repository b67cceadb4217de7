import { useId, useState } from 'react';
import type { TemplateItem } from '../../domain/templates/types';
import { useTranslation } from '../../i18n/i18n';
import { FieldError } from '../../ui/form-field';

interface RitualNoteProps {
  item: TemplateItem;
  value: string;
  /** An i18n key from the save's field errors. */
  error?: string;
  onChange: (note: string) => void;
}

const itemText = (item: TemplateItem) => (item.kind === 'field' ? item.label : item.text);

/** An item's note: opened on demand so the checklist stays short, always open once written. */
export function RitualNote({ item, value, error, onChange }: RitualNoteProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!open && value === '') {
    return (
      <button type="button" className="ritual-note__add" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('rituals.note.add')}{' '}
        <span className="visually-hidden">{t('rituals.note.on', { item: itemText(item) })}</span>
      </button>
    );
  }
  return (
    <div className="ritual-note">
      <label htmlFor={id} className="ritual-note__label">
        {t('rituals.note.label')}{' '}
        <span className="visually-hidden">{t('rituals.note.on', { item: itemText(item) })}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        // Opened on purpose: the cursor goes where the note is written.
        autoFocus={open && value === ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
