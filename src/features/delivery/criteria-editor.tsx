import { useEffect, useId, useRef } from 'react';
import type { AcceptanceCriterion } from '../../domain/delivery/types';
import { useTranslation } from '../../i18n/i18n';
import { FieldError } from '../../ui/form-field';

interface CriteriaEditorProps {
  criteria: AcceptanceCriterion[];
  onChange: (criteria: AcceptanceCriterion[]) => void;
  onBlur?: () => void;
  /** An i18n key from the command's field errors. */
  error?: string | undefined;
}

type Part = 'given' | 'when' | 'then';
const PARTS: readonly Part[] = ['given', 'when', 'then'];

export const emptyCriterion = (): AcceptanceCriterion => ({ id: crypto.randomUUID(), given: '', when: '', then: '' });

/** A story's acceptance criteria as Given / When / Then rows: add, edit, remove. */
export function CriteriaEditor({ criteria, onChange, onBlur, error }: CriteriaEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  // What to focus once the change shows: the row just added, or the add button after a removal.
  const focus = useRef<string | null>(null);
  const rows = useRef(new Map<string, HTMLTextAreaElement>());

  // A render can come before the one that draws the change (a blur's own update, say): keep the
  // target until it is there, or the new row would never get the focus.
  useEffect(() => {
    if (focus.current === null) return;
    const target = focus.current === 'add' ? addRef.current : rows.current.get(focus.current);
    if (!target) return;
    target.focus();
    focus.current = null;
  });

  const edit = (index: number, part: Part, value: string) => onChange(criteria.map((c, i) => (i === index ? { ...c, [part]: value } : c)));
  const add = () => {
    const criterion = emptyCriterion();
    focus.current = criterion.id;
    onChange([...criteria, criterion]);
  };
  const remove = (index: number) => {
    focus.current = 'add';
    onChange(criteria.filter((_, i) => i !== index));
  };

  return (
    <fieldset className="criteria" aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}>
      <legend>{t('stories.criteria.title')}</legend>
      <p className="field__help" id={`${id}-help`}>
        {t('stories.criteria.help')}
      </p>
      {criteria.length === 0 && <p className="criteria__none">{t('stories.criteria.none')}</p>}
      <ol className="criteria__list">
        {criteria.map((c, index) => (
          <li key={c.id} className="criterion">
            <fieldset className="criterion__fields">
              <legend className="criterion__legend">{t('stories.criteria.number', { number: index + 1 })}</legend>
              {PARTS.map((part) => (
                <div key={part} className="criterion__row">
                  <label htmlFor={`${id}-${c.id}-${part}`}>{t(`stories.criteria.${part}`)}</label>
                  <textarea
                    id={`${id}-${c.id}-${part}`}
                    className="criterion__text"
                    rows={1}
                    ref={
                      part === 'given'
                        ? (node) => {
                            if (node) rows.current.set(c.id, node);
                            else rows.current.delete(c.id);
                          }
                        : undefined
                    }
                    value={c[part]}
                    aria-invalid={error ? true : undefined}
                    onChange={(e) => edit(index, part, e.target.value)}
                    onBlur={onBlur}
                  />
                </div>
              ))}
            </fieldset>
            <button type="button" className="button button--small" aria-label={t('stories.criteria.removeLabel', { number: index + 1 })} onClick={() => remove(index)}>
              {t('stories.criteria.remove')}
            </button>
          </li>
        ))}
      </ol>
      <FieldError id={`${id}-error`} error={error} />
      <button type="button" className="button button--small" ref={addRef} onClick={add}>
        {t('stories.criteria.add')}
      </button>
    </fieldset>
  );
}
