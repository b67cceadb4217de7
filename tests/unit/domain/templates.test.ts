import { describe, expect, it } from 'vitest';
import { builtInTemplate, builtInTemplates, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import {
  addItem,
  addSection,
  changeItemKind,
  emptySection,
  moveItem,
  moveSection,
  newItem,
  normalizeBody,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from '../../../src/domain/templates/edit';
import { checklistProgress, emptyAnswer, instantiate } from '../../../src/domain/templates/instantiate';
import { timeboxMinutes } from '../../../src/domain/templates/timebox';
import { FIELD_TYPES, type TemplateBody, type TemplateDefinition, type TemplateItem } from '../../../src/domain/templates/types';

/** Freezes a value and everything inside it, so any in-place change throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A small body with every item kind and three sections. */
function sampleBody(): TemplateBody {
  return {
    description: 'What it is for',
    sections: [
      {
        id: 's1',
        title: 'One',
        intro: 'First',
        items: [
          { id: 'a', kind: 'prompt', text: 'Ask A' },
          { id: 'b', kind: 'check', text: 'Tick B' },
          { id: 'c', kind: 'field', label: 'Pick C', type: 'singleChoice', help: 'help C', options: ['x', 'y'] },
          { id: 'd', kind: 'field', label: 'Write D', type: 'longText', help: '', options: [] },
        ],
      },
      { id: 's2', title: 'Two', intro: '', items: [{ id: 'e', kind: 'check', text: 'Tick E' }] },
      { id: 's3', title: 'Three', intro: '', items: [] },
    ],
    timebox: { kind: 'none' },
    outputs: ['Decision'],
  };
}

/** A frozen body, and a copy of it to check it was not changed. */
function frozenBody() {
  const body = deepFreeze(sampleBody());
  return { body, before: structuredClone(body) };
}

function itemIds(body: TemplateBody, sectionId: string) {
  return body.sections.find((s) => s.id === sectionId)!.items.map((i) => i.id);
}

function definition(body: TemplateBody, over: Partial<TemplateDefinition> = {}): TemplateDefinition {
  return { id: 'tpl-1', family: 'retrospective', name: 'My retro', builtIn: false, version: 3, body, ...over };
}

describe('timeboxMinutes', () => {
  const planning = { kind: 'scaled', oneMonthMinutes: 480 } as const;

  it('scales a one-month timebox to the sprint length', () => {
    expect(timeboxMinutes(planning, 1)).toBe(120);
    expect(timeboxMinutes(planning, 2)).toBe(240);
    expect(timeboxMinutes(planning, 3)).toBe(360);
    expect(timeboxMinutes(planning, 4)).toBe(480);
  });

  it('clamps the sprint length to one to four weeks', () => {
    expect(timeboxMinutes(planning, 0)).toBe(120);
    expect(timeboxMinutes(planning, -3)).toBe(120);
    expect(timeboxMinutes(planning, 6)).toBe(480);
    expect(timeboxMinutes(planning, 52)).toBe(480);
  });

  it('rounds to whole minutes', () => {
    expect(timeboxMinutes({ kind: 'scaled', oneMonthMinutes: 90 }, 1)).toBe(23);
    expect(Number.isInteger(timeboxMinutes({ kind: 'scaled', oneMonthMinutes: 181 }, 3))).toBe(true);
  });

  it('keeps a fixed timebox whatever the sprint length', () => {
    for (const weeks of [0, 1, 2, 3, 4, 6]) expect(timeboxMinutes({ kind: 'fixed', minutes: 15 }, weeks)).toBe(15);
  });

  it('has no minutes when there is no timebox', () => {
    for (const weeks of [1, 2, 4]) expect(timeboxMinutes({ kind: 'none' }, weeks)).toBeNull();
  });

  it('gives a one-week retrospective 45 minutes', () => {
    expect(timeboxMinutes({ kind: 'scaled', oneMonthMinutes: 180 }, 1)).toBe(45);
  });

  it('applies to the built-in rituals', () => {
    const en = (key: keyof typeof BUILTIN_IDS) => builtInTemplate(BUILTIN_IDS[key], 'en')!.body.timebox;
    expect(timeboxMinutes(en('planning'), 1)).toBe(120);
    expect(timeboxMinutes(en('daily'), 1)).toBe(15);
    expect(timeboxMinutes(en('daily'), 4)).toBe(15);
    expect(timeboxMinutes(en('retroStartStopContinue'), 1)).toBe(45);
    expect(timeboxMinutes(en('retro4L'), 2)).toBe(90);
    expect(timeboxMinutes(en('hypothesis'), 2)).toBeNull();
  });
});

describe('instantiate', () => {
  it('copies the template identity into the snapshot', () => {
    const content = instantiate(definition(sampleBody()));
    expect(content.template.templateId).toBe('tpl-1');
    expect(content.template.templateVersion).toBe(3);
    expect(content.template.templateName).toBe('My retro');
    expect(content.template.family).toBe('retrospective');
    expect(content.template.body).toEqual(sampleBody());
  });

  it('takes a deep copy: later edits of the template do not reach the content', () => {
    const template = definition(sampleBody());
    const content = instantiate(template);
    expect(content.template.body).not.toBe(template.body);

    const first = template.body.sections[0]!;
    first.title = 'Changed';
    first.items.push({ id: 'z', kind: 'check', text: 'New' });
    const c = first.items[2]!;
    if (c.kind === 'field') c.options.push('added');
    template.body.outputs.length = 0;
    template.body.sections.pop();
    template.name = 'Renamed';
    template.version = 4;

    expect(content.template.body).toEqual(sampleBody());
    expect(content.template.templateName).toBe('My retro');
    expect(content.template.templateVersion).toBe(3);
  });

  it('takes a deep copy: edits of the content do not reach the template', () => {
    const template = definition(sampleBody());
    const content = instantiate(template);
    content.template.body.sections[0]!.items.splice(0, 2);
    content.template.body.sections[1]!.title = 'Changed';
    const c = content.template.body.sections[0]!.items[0]!;
    if (c.kind === 'field') c.options.push('added');
    content.template.body.outputs.push('More');
    expect(template.body).toEqual(sampleBody());
  });

  it('accepts a frozen template', () => {
    const content = instantiate(deepFreeze(definition(sampleBody())));
    content.template.body.sections[0]!.title = 'Editable';
    expect(content.template.body.sections[0]!.title).toBe('Editable');
  });

  it('starts every field with the empty answer of its type', () => {
    const items: TemplateItem[] = FIELD_TYPES.map((type) => ({ id: `f-${type}`, kind: 'field', label: type, type, help: '', options: [] }));
    const body: TemplateBody = { description: '', sections: [{ id: 's', title: 'S', intro: '', items }], timebox: { kind: 'none' }, outputs: [] };
    const content = instantiate(definition(body));
    expect(content.answers).toEqual({
      'f-shortText': '',
      'f-longText': '',
      'f-singleChoice': '',
      'f-multipleChoice': [],
      'f-checkbox': false,
      'f-number': null,
      'f-scale': null,
      'f-date': null,
    });
    for (const type of FIELD_TYPES) expect(content.answers[`f-${type}`]).toEqual(emptyAnswer(type));
  });

  it('gives each artefact its own multiple-choice array', () => {
    expect(emptyAnswer('multipleChoice')).not.toBe(emptyAnswer('multipleChoice'));
    const body: TemplateBody = {
      description: '',
      sections: [{ id: 's', title: 'S', intro: '', items: [{ id: 'm', kind: 'field', label: 'M', type: 'multipleChoice', help: '', options: ['a', 'b'] }] }],
      timebox: { kind: 'none' },
      outputs: [],
    };
    const one = instantiate(definition(body));
    const two = instantiate(definition(body));
    (one.answers.m as string[]).push('a');
    expect(two.answers.m).toEqual([]);
  });

  it('answers fields only, ticks no checklist item and has no notes', () => {
    const content = instantiate(definition(sampleBody()));
    expect(Object.keys(content.answers).sort()).toEqual(['c', 'd']);
    expect(content.answers).toEqual({ c: '', d: '' });
    expect(content.checked).toEqual({ b: false, e: false });
    expect(content.notes).toEqual({});
  });

  it('covers every field and check item of every built-in template', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const template of builtInTemplates(language)) {
        const content = instantiate(template);
        const items = template.body.sections.flatMap((s) => s.items);
        const fieldIds = items.filter((i) => i.kind === 'field').map((i) => i.id);
        const checkIds = items.filter((i) => i.kind === 'check').map((i) => i.id);
        expect(Object.keys(content.answers).sort()).toEqual([...fieldIds].sort());
        expect(Object.keys(content.checked).sort()).toEqual([...checkIds].sort());
        expect(Object.values(content.checked).every((v) => v === false)).toBe(true);
        expect(content.template.body).toEqual(template.body);
        expect(checklistProgress(content)).toEqual({ done: 0, total: checkIds.length });
      }
    }
  });
});

describe('checklistProgress', () => {
  it('counts ticked checklist items of all sections', () => {
    const content = instantiate(definition(sampleBody()));
    expect(checklistProgress(content)).toEqual({ done: 0, total: 2 });
    content.checked.b = true;
    expect(checklistProgress(content)).toEqual({ done: 1, total: 2 });
    content.checked.e = true;
    expect(checklistProgress(content)).toEqual({ done: 2, total: 2 });
    content.checked.b = false;
    expect(checklistProgress(content)).toEqual({ done: 1, total: 2 });
  });

  it('ignores ticks of items that are not checklist items of the template', () => {
    const content = instantiate(definition(sampleBody()));
    content.checked.a = true;
    content.checked.gone = true;
    expect(checklistProgress(content)).toEqual({ done: 0, total: 2 });
  });

  it('is zero of zero for a template without a checklist', () => {
    const body: TemplateBody = { description: '', sections: [{ id: 's', title: 'S', intro: '', items: [] }], timebox: { kind: 'none' }, outputs: [] };
    expect(checklistProgress(instantiate(definition(body)))).toEqual({ done: 0, total: 0 });
  });
});

describe('template edits', () => {
  it('makes new sections and items', () => {
    expect(emptySection('n', 'New')).toEqual({ id: 'n', title: 'New', intro: '', items: [] });
    expect(newItem('p', 'prompt')).toEqual({ id: 'p', kind: 'prompt', text: '' });
    expect(newItem('k', 'check')).toEqual({ id: 'k', kind: 'check', text: '' });
    expect(newItem('f', 'field')).toEqual({ id: 'f', kind: 'field', label: '', type: 'shortText', help: '', options: [] });
    expect(newItem('g', 'field', 'scale')).toEqual({ id: 'g', kind: 'field', label: '', type: 'scale', help: '', options: [] });
  });

  it('adds a section at the end', () => {
    const { body, before } = frozenBody();
    const next = addSection(body, emptySection('s4', 'Four'));
    expect(next.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(next.sections.slice(0, 3)).toEqual(before.sections);
    expect(next.description).toBe(before.description);
    expect(next.timebox).toEqual(before.timebox);
    expect(next.outputs).toEqual(before.outputs);
    expect(body).toEqual(before);
  });

  it('removes a section, and leaves the body alone for an unknown id', () => {
    const { body, before } = frozenBody();
    const next = removeSection(body, 's2');
    expect(next.sections.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(next.sections[0]).toEqual(before.sections[0]);
    expect(next.sections[1]).toEqual(before.sections[2]);
    expect(removeSection(body, 'nope')).toEqual(before);
    expect(body).toEqual(before);
  });

  it('moves a section, clamping the target', () => {
    const { body, before } = frozenBody();
    expect(moveSection(body, 0, 2).sections.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    expect(moveSection(body, 2, 0).sections.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(moveSection(body, 1, 1).sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(moveSection(body, 0, 99).sections.map((s) => s.id)).toEqual(['s2', 's3', 's1']);
    expect(moveSection(body, 2, -5).sections.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(moveSection(body, 7, 0).sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(moveSection(body, 0, 2).sections[2]).toEqual(before.sections[0]);
    expect(body).toEqual(before);
  });

  it('updates a section title and intro, keeping its items and the other sections', () => {
    const { body, before } = frozenBody();
    const next = updateSection(body, 's1', { title: 'Renamed', intro: 'New intro' });
    expect(next.sections[0]).toEqual({ ...before.sections[0], title: 'Renamed', intro: 'New intro' });
    expect(next.sections[0]!.items).toEqual(before.sections[0]!.items);
    expect(next.sections.slice(1)).toEqual(before.sections.slice(1));
    expect(updateSection(body, 's2', { intro: 'only intro' }).sections[1]).toEqual({ ...before.sections[1], intro: 'only intro' });
    expect(updateSection(body, 'nope', { title: 'X' })).toEqual(before);
    expect(body).toEqual(before);
  });

  it('adds an item at the end of one section only', () => {
    const { body, before } = frozenBody();
    const next = addItem(body, 's2', newItem('new', 'check'));
    expect(itemIds(next, 's2')).toEqual(['e', 'new']);
    expect(next.sections[0]).toEqual(before.sections[0]);
    expect(next.sections[2]).toEqual(before.sections[2]);
    expect(addItem(body, 's3', newItem('first', 'prompt')).sections[2]!.items).toEqual([{ id: 'first', kind: 'prompt', text: '' }]);
    expect(addItem(body, 'nope', newItem('x', 'prompt'))).toEqual(before);
    expect(body).toEqual(before);
  });

  it('replaces an item by id, keeping the others', () => {
    const { body, before } = frozenBody();
    const replaced: TemplateItem = { id: 'c', kind: 'field', label: 'Pick C', type: 'multipleChoice', help: 'h', options: ['x', 'y', 'z'] };
    const next = updateItem(body, 's1', replaced);
    expect(next.sections[0]!.items).toEqual([before.sections[0]!.items[0], before.sections[0]!.items[1], replaced, before.sections[0]!.items[3]]);
    expect(next.sections.slice(1)).toEqual(before.sections.slice(1));
    // The item is looked for in the named section only.
    expect(updateItem(body, 's2', replaced)).toEqual(before);
    expect(body).toEqual(before);
  });

  it('removes an item from one section only', () => {
    const { body, before } = frozenBody();
    const next = removeItem(body, 's1', 'b');
    expect(itemIds(next, 's1')).toEqual(['a', 'c', 'd']);
    expect(next.sections.slice(1)).toEqual(before.sections.slice(1));
    expect(removeItem(body, 's2', 'b')).toEqual(before);
    expect(removeItem(body, 's1', 'nope')).toEqual(before);
    expect(body).toEqual(before);
  });

  it('moves an item within its section, clamping the target', () => {
    const { body, before } = frozenBody();
    expect(itemIds(moveItem(body, 's1', 0, 3), 's1')).toEqual(['b', 'c', 'd', 'a']);
    expect(itemIds(moveItem(body, 's1', 3, 0), 's1')).toEqual(['d', 'a', 'b', 'c']);
    expect(itemIds(moveItem(body, 's1', 1, 2), 's1')).toEqual(['a', 'c', 'b', 'd']);
    expect(itemIds(moveItem(body, 's1', 0, 100), 's1')).toEqual(['b', 'c', 'd', 'a']);
    expect(itemIds(moveItem(body, 's1', 3, -1), 's1')).toEqual(['d', 'a', 'b', 'c']);
    expect(itemIds(moveItem(body, 's1', 9, 0), 's1')).toEqual(['a', 'b', 'c', 'd']);
    expect(itemIds(moveItem(body, 's2', 0, 5), 's2')).toEqual(['e']);
    const moved = moveItem(body, 's1', 0, 3);
    expect(moved.sections[0]!.items[3]).toEqual(before.sections[0]!.items[0]);
    expect(moved.sections.slice(1)).toEqual(before.sections.slice(1));
    expect(body).toEqual(before);
  });

  it('changes an item kind, keeping its text as the label and back', () => {
    const prompt = deepFreeze<TemplateItem>({ id: 'p', kind: 'prompt', text: 'Why?' });
    const asCheck = changeItemKind(prompt, 'check');
    expect(asCheck).toEqual({ id: 'p', kind: 'check', text: 'Why?' });
    const asField = changeItemKind(asCheck, 'field');
    expect(asField).toEqual({ id: 'p', kind: 'field', label: 'Why?', type: 'shortText', help: '', options: [] });
    expect(changeItemKind(asField, 'prompt')).toEqual({ id: 'p', kind: 'prompt', text: 'Why?' });
    expect(changeItemKind(asField, 'check')).toEqual({ id: 'p', kind: 'check', text: 'Why?' });

    const field = deepFreeze<TemplateItem>({ id: 'f', kind: 'field', label: 'Size', type: 'singleChoice', help: 'h', options: ['S', 'M'] });
    const fieldAsPrompt = changeItemKind(field, 'prompt');
    expect(fieldAsPrompt).toEqual({ id: 'f', kind: 'prompt', text: 'Size' });
    expect(fieldAsPrompt).not.toHaveProperty('options');
    expect(fieldAsPrompt).not.toHaveProperty('label');
    expect(changeItemKind(field, 'field')).toBe(field);
    expect(changeItemKind(prompt, 'prompt')).toBe(prompt);
  });

  it('normalizes a body before saving: trimmed texts, no blank or repeated options and outputs', () => {
    const messy = deepFreeze<TemplateBody>({
      description: '  About  ',
      sections: [
        {
          id: 's1',
          title: '  Title ',
          intro: '\n intro \t',
          items: [
            { id: 'a', kind: 'prompt', text: '  Ask  ' },
            { id: 'b', kind: 'check', text: '\tTick\n' },
            { id: 'c', kind: 'field', label: ' Label ', type: 'multipleChoice', help: ' help ', options: [' x ', '', 'y', 'x', '   ', 'y ', 'z'] },
          ],
        },
      ],
      timebox: { kind: 'fixed', minutes: 15 },
      outputs: ['  Goal ', '', 'Goal', '  ', 'Plan'],
    });
    const before = structuredClone(messy);
    expect(normalizeBody(messy)).toEqual({
      description: 'About',
      sections: [
        {
          id: 's1',
          title: 'Title',
          intro: 'intro',
          items: [
            { id: 'a', kind: 'prompt', text: 'Ask' },
            { id: 'b', kind: 'check', text: 'Tick' },
            { id: 'c', kind: 'field', label: 'Label', type: 'multipleChoice', help: 'help', options: ['x', 'y', 'z'] },
          ],
        },
      ],
      timebox: { kind: 'fixed', minutes: 15 },
      outputs: ['Goal', 'Plan'],
    });
    expect(messy).toEqual(before);
  });

  it('leaves a clean body as it is', () => {
    const { body, before } = frozenBody();
    expect(normalizeBody(body)).toEqual(before);
    for (const template of builtInTemplates('en')) expect(normalizeBody(template.body)).toEqual(template.body);
  });
});
