/**
 * How a built-in template is assembled: its structure (section and item ids, item kinds, field
 * types, option keys, timebox, outputs) is written once, in structure.ts; each language supplies
 * only texts, in a dictionary whose type is derived from the structure. A missing or extra text
 * key in any language is a type error, so English and French cannot drift apart structurally.
 */
import type { FieldType, TemplateDefinition, TemplateFamily, TemplateItem, TemplateSection, Timebox } from '../types';

type ChoiceType = 'singleChoice' | 'multipleChoice';
type PlainFieldType = Exclude<FieldType, ChoiceType>;

export type ItemShape =
  | { readonly id: string; readonly kind: 'prompt' | 'check' }
  | { readonly id: string; readonly kind: 'field'; readonly type: PlainFieldType }
  | { readonly id: string; readonly kind: 'field'; readonly type: ChoiceType; readonly options: readonly string[] };

export interface SectionShape {
  readonly id: string;
  readonly items: readonly ItemShape[];
}

export interface TemplateShape {
  readonly family: TemplateFamily;
  readonly timebox: Timebox;
  /** Keys of the outputs, in order; their texts come from each language. */
  readonly outputs: readonly string[];
  readonly sections: readonly SectionShape[];
}

/** A prompt to read: guidance, or a question to ask. */
export function prompt<const I extends string>(id: I) {
  return { id, kind: 'prompt' } as const;
}

/** A checklist item to tick. */
export function check<const I extends string>(id: I) {
  return { id, kind: 'check' } as const;
}

/** A field with a typed answer (a 'scale' is 1–5 and has no options). */
export function field<const I extends string, const T extends PlainFieldType>(id: I, type: T) {
  return { id, kind: 'field', type } as const;
}

/** A choice field; `options` are stable keys, their labels come from each language. */
export function choice<const I extends string, const T extends ChoiceType, const O extends readonly [string, string, ...string[]]>(
  id: I,
  type: T,
  options: O,
) {
  return { id, kind: 'field', type, options } as const;
}

export function section<const I extends string, const Items extends readonly ItemShape[]>(id: I, items: Items) {
  return { id, items } as const;
}

type ItemsOf<S extends TemplateShape> = S['sections'][number]['items'][number];

export interface FieldTexts {
  label: string;
  /** Shown under the field; omitted means none. */
  help?: string;
}

type ItemTexts<I> = I extends { kind: 'field'; options: readonly (infer O extends string)[] }
  ? FieldTexts & { options: Record<O, string> }
  : I extends { kind: 'field' }
    ? FieldTexts
    : string;

/** Every text one template needs in one language, keyed by the structure's ids. */
export interface TextsFor<S extends TemplateShape> {
  name: string;
  description: string;
  outputs: Record<S['outputs'][number], string>;
  sections: Record<S['sections'][number]['id'], { title: string; intro: string }>;
  items: { [I in ItemsOf<S> as I['id']]: ItemTexts<I> };
}

interface LooseTexts {
  name: string;
  description: string;
  outputs: Record<string, string>;
  sections: Record<string, { title: string; intro: string }>;
  items: Record<string, string | (FieldTexts & { options?: Record<string, string> })>;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Built-in template text missing: ${what}`);
  return value;
}

/** Joins a structure with one language's texts into the library's template. */
export function buildTemplate<S extends TemplateShape>(id: string, shape: S, texts: TextsFor<S>): TemplateDefinition {
  const t = texts as unknown as LooseTexts;
  const sections = shape.sections.map((s): TemplateSection => {
    const head = required(t.sections[s.id], `${id} section ${s.id}`);
    const items = s.items.map((item): TemplateItem => {
      const text = required(t.items[item.id], `${id} item ${item.id}`);
      if (item.kind !== 'field') {
        if (typeof text !== 'string') throw new Error(`Built-in template text for ${id} ${item.id} must be a string`);
        return { id: item.id, kind: item.kind, text };
      }
      if (typeof text === 'string') throw new Error(`Built-in template text for ${id} ${item.id} must be a field's texts`);
      const options = 'options' in item ? item.options.map((o) => required(text.options?.[o], `${id} option ${item.id}.${o}`)) : [];
      return { id: item.id, kind: 'field', label: text.label, type: item.type, help: text.help ?? '', options };
    });
    return { id: s.id, title: head.title, intro: head.intro, items };
  });
  return {
    id,
    family: shape.family,
    name: t.name,
    builtIn: true,
    version: 1,
    body: {
      description: t.description,
      sections,
      timebox: { ...shape.timebox },
      outputs: shape.outputs.map((o) => required(t.outputs[o], `${id} output ${o}`)),
    },
  };
}
