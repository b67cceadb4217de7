import { useId, type ReactNode } from 'react';
import type { AnswerValue, ArtefactContent } from '../domain/templates/instantiate';
import type { TemplateBody, TemplateItem } from '../domain/templates/types';

interface TemplateFormProps {
  body: TemplateBody;
  /** Filled values; absent in a preview, where every input is shown empty and disabled. */
  content?: Pick<ArtefactContent, 'answers' | 'checked'>;
  onAnswer?: (itemId: string, value: AnswerValue) => void;
  onCheck?: (itemId: string, checked: boolean) => void;
  /** Something to show under an item, such as its note in a ritual run. */
  itemExtra?: (item: TemplateItem) => ReactNode;
  /** The level of the section headings, to fit the page's outline (h3 by default). */
  headingLevel?: 2 | 3 | 4 | 5;
}

const SCALE = [1, 2, 3, 4, 5];

function FieldInput({ item, value, disabled, onAnswer, inputId }: { item: Extract<TemplateItem, { kind: 'field' }>; value: AnswerValue; disabled: boolean; onAnswer?: (v: AnswerValue) => void; inputId: string }) {
  const set = (v: AnswerValue) => onAnswer?.(v);
  const describedBy = item.help ? `${inputId}-help` : undefined;
  switch (item.type) {
    case 'longText':
      return <textarea id={inputId} rows={3} disabled={disabled} aria-describedby={describedBy} value={(value as string) ?? ''} onChange={(e) => set(e.target.value)} />;
    case 'number':
      return <input id={inputId} type="number" disabled={disabled} aria-describedby={describedBy} value={(value as number | null) ?? ''} onChange={(e) => set(e.target.value === '' ? null : Number(e.target.value))} />;
    case 'date':
      return <input id={inputId} type="date" disabled={disabled} aria-describedby={describedBy} value={(value as string | null) ?? ''} onChange={(e) => set(e.target.value || null)} />;
    case 'checkbox':
      return <input id={inputId} type="checkbox" disabled={disabled} aria-describedby={describedBy} checked={value === true} onChange={(e) => set(e.target.checked)} />;
    case 'singleChoice':
      return (
        <select id={inputId} disabled={disabled} aria-describedby={describedBy} value={(value as string) ?? ''} onChange={(e) => set(e.target.value)}>
          <option value="">—</option>
          {item.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'multipleChoice': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <span className="choices" id={inputId} role="group" aria-labelledby={`${inputId}-label`}>
          {item.options.map((o) => (
            <label key={o} className="choice">
              <input type="checkbox" disabled={disabled} checked={chosen.includes(o)} onChange={(e) => set(e.target.checked ? [...chosen, o] : chosen.filter((c) => c !== o))} />
              {o}
            </label>
          ))}
        </span>
      );
    }
    case 'scale':
      return (
        <span className="scale" id={inputId} role="radiogroup" aria-labelledby={`${inputId}-label`} aria-describedby={describedBy}>
          {SCALE.map((n) => (
            <label key={n} className="scale__point">
              <input type="radio" name={inputId} disabled={disabled} checked={value === n} onChange={() => set(n)} />
              {n}
            </label>
          ))}
        </span>
      );
    case 'shortText':
      return <input id={inputId} disabled={disabled} aria-describedby={describedBy} value={(value as string) ?? ''} onChange={(e) => set(e.target.value)} />;
  }
}

function Item({ item, content, onAnswer, onCheck }: { item: TemplateItem } & Omit<TemplateFormProps, 'body' | 'itemExtra'>) {
  const id = useId();
  const disabled = !content;
  if (item.kind === 'prompt') return <p className="template-form__prompt">{item.text}</p>;
  if (item.kind === 'check') {
    return (
      <label className="choice template-form__check">
        <input type="checkbox" disabled={disabled} checked={content?.checked[item.id] ?? false} onChange={(e) => onCheck?.(item.id, e.target.checked)} />
        {item.text}
      </label>
    );
  }
  const grouped = item.type === 'scale' || item.type === 'multipleChoice';
  return (
    <div className="field">
      {grouped ? <span className="field__label" id={`${id}-label`}>{item.label}</span> : <label htmlFor={id}>{item.label}</label>}
      <FieldInput item={item} value={content?.answers[item.id] ?? null} disabled={disabled} onAnswer={(v) => onAnswer?.(item.id, v)} inputId={id} />
      {item.help && (
        <p className="field__help" id={`${id}-help`}>
          {item.help}
        </p>
      )}
    </div>
  );
}

/** A template as a form: the preview of a template, and the form of an artefact started from one. */
export function TemplateForm({ body, content, onAnswer, onCheck, itemExtra, headingLevel = 3 }: TemplateFormProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="template-form">
      {body.sections.map((section) => (
        <section key={section.id} className="template-form__section" aria-label={section.title}>
          <Heading>{section.title}</Heading>
          {section.intro && <p className="field__help">{section.intro}</p>}
          {section.items.map((item) =>
            itemExtra ? (
              <div key={item.id} className="template-form__item">
                <Item item={item} content={content} onAnswer={onAnswer} onCheck={onCheck} />
                {itemExtra(item)}
              </div>
            ) : (
              <Item key={item.id} item={item} content={content} onAnswer={onAnswer} onCheck={onCheck} />
            ),
          )}
        </section>
      ))}
    </div>
  );
}
