import type { FieldType, TemplateBody, TemplateItem, TemplateSection } from './types';

/** Pure edits of a template body for the editor; ids come from the caller so tests are deterministic. */

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

export function emptySection(id: string, title: string): TemplateSection {
  return { id, title, intro: '', items: [] };
}

export function newItem(id: string, kind: TemplateItem['kind'], type: FieldType = 'shortText'): TemplateItem {
  return kind === 'field' ? { id, kind, label: '', type, help: '', options: [] } : { id, kind, text: '' };
}

export function addSection(body: TemplateBody, section: TemplateSection): TemplateBody {
  return { ...body, sections: [...body.sections, section] };
}

export function updateSection(body: TemplateBody, sectionId: string, patch: Partial<Omit<TemplateSection, 'id' | 'items'>>): TemplateBody {
  return { ...body, sections: body.sections.map((s) => (s.id === sectionId ? { ...s, ...patch } : s)) };
}

export function removeSection(body: TemplateBody, sectionId: string): TemplateBody {
  return { ...body, sections: body.sections.filter((s) => s.id !== sectionId) };
}

export function moveSection(body: TemplateBody, from: number, to: number): TemplateBody {
  return { ...body, sections: move(body.sections, from, to) };
}

function withItems(body: TemplateBody, sectionId: string, change: (items: TemplateItem[]) => TemplateItem[]): TemplateBody {
  return { ...body, sections: body.sections.map((s) => (s.id === sectionId ? { ...s, items: change(s.items) } : s)) };
}

export function addItem(body: TemplateBody, sectionId: string, item: TemplateItem): TemplateBody {
  return withItems(body, sectionId, (items) => [...items, item]);
}

/** Replaces an item; changing its kind keeps its text as the label (and the other way round). */
export function updateItem(body: TemplateBody, sectionId: string, item: TemplateItem): TemplateBody {
  return withItems(body, sectionId, (items) => items.map((i) => (i.id === item.id ? item : i)));
}

export function changeItemKind(item: TemplateItem, kind: TemplateItem['kind']): TemplateItem {
  if (item.kind === kind) return item;
  const text = item.kind === 'field' ? item.label : item.text;
  return kind === 'field' ? { id: item.id, kind, label: text, type: 'shortText', help: '', options: [] } : { id: item.id, kind, text };
}

export function removeItem(body: TemplateBody, sectionId: string, itemId: string): TemplateBody {
  return withItems(body, sectionId, (items) => items.filter((i) => i.id !== itemId));
}

export function moveItem(body: TemplateBody, sectionId: string, from: number, to: number): TemplateBody {
  return withItems(body, sectionId, (items) => move(items, from, to));
}

/** What is saved: choice lists without blank or repeated lines, outputs likewise, texts trimmed at the ends. */
export function normalizeBody(body: TemplateBody): TemplateBody {
  const lines = (list: readonly string[]) => [...new Set(list.map((l) => l.trim()).filter(Boolean))];
  return {
    ...body,
    description: body.description.trim(),
    outputs: lines(body.outputs),
    sections: body.sections.map((s) => ({
      ...s,
      title: s.title.trim(),
      intro: s.intro.trim(),
      items: s.items.map((i) => (i.kind === 'field' ? { ...i, label: i.label.trim(), help: i.help.trim(), options: lines(i.options) } : { ...i, text: i.text.trim() })),
    })),
  };
}
