import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, builtInFamily, builtInTemplate, builtInTemplates, isBuiltInId } from '../../../src/domain/templates/builtins';
import { FIELD_TYPES, TEMPLATE_FAMILIES, type TemplateDefinition, type TemplateItem } from '../../../src/domain/templates/types';

const LANGUAGES = ['en', 'fr'] as const;
const en = builtInTemplates('en');
const fr = builtInTemplates('fr');

/** Everything about a template except its texts. */
function structure(t: TemplateDefinition) {
  return {
    id: t.id,
    family: t.family,
    builtIn: t.builtIn,
    version: t.version,
    timebox: t.body.timebox,
    outputs: t.body.outputs.length,
    sections: t.body.sections.map((s) => ({
      id: s.id,
      items: s.items.map((i) => (i.kind === 'field' ? { id: i.id, kind: i.kind, type: i.type, options: i.options.length } : { id: i.id, kind: i.kind })),
    })),
  };
}

/** Every text of a template, with where it comes from; help may be empty, so it is kept apart. */
function texts(t: TemplateDefinition): [string, string][] {
  const out: [string, string][] = [
    ['name', t.name],
    ['description', t.body.description],
    ...t.body.outputs.map((o, n): [string, string] => [`output ${n}`, o]),
  ];
  for (const s of t.body.sections) {
    out.push([`${s.id} title`, s.title], [`${s.id} intro`, s.intro]);
    for (const i of s.items) {
      if (i.kind === 'field') out.push([`${i.id} label`, i.label], ...i.options.map((o, n): [string, string] => [`${i.id} option ${n}`, o]));
      else out.push([i.id, i.text]);
    }
  }
  return out;
}

function items(t: TemplateDefinition): TemplateItem[] {
  return t.body.sections.flatMap((s) => s.items);
}

function fields(t: TemplateDefinition) {
  return items(t).flatMap((i) => (i.kind === 'field' ? [i] : []));
}

describe('built-in templates', () => {
  it('has the 13 templates in each language, with the fixed ids, in library order', () => {
    for (const language of LANGUAGES) {
      const ids = builtInTemplates(language).map((t) => t.id);
      expect(ids).toHaveLength(13);
      expect(new Set(ids).size).toBe(13);
      expect(ids).toEqual(Object.values(BUILTIN_IDS));
    }
  });

  it('marks every template built-in, version 1', () => {
    for (const t of [...en, ...fr]) {
      expect(t.builtIn).toBe(true);
      expect(t.version).toBe(1);
    }
  });

  it('gives English and French the same structure', () => {
    expect(fr.map(structure)).toEqual(en.map(structure));
  });

  it('has a non-empty text everywhere, and help in French exactly where English has it', () => {
    for (const t of [...en, ...fr]) {
      for (const [where, text] of texts(t)) expect(text.trim(), `${t.id} ${where}`).not.toBe('');
    }
    const helped = (t: TemplateDefinition) => fields(t).map((f) => f.help !== '');
    expect(fr.map(helped)).toEqual(en.map(helped));
  });

  it('translates every text (no English left in French, beyond the trade’s shared terms)', () => {
    en.forEach((t, n) => {
      const french = new Map(texts(fr[n] as TemplateDefinition));
      const same = texts(t).filter(([where, text]) => french.get(where) === text && text.length > 30);
      expect(same, t.id).toEqual([]);
    });
  });

  it('uses typographic apostrophes, and French spacing in French', () => {
    for (const t of [...en, ...fr]) {
      for (const [where, text] of texts(t)) expect(text, `${t.id} ${where}`).not.toContain("'");
    }
    for (const t of fr) {
      const all = [...texts(t).map(([, text]) => text), ...fields(t).map((f) => f.help)];
      for (const text of all) {
        expect(text, t.id).not.toMatch(/[^\u00a0][:;?!»%]|«[^\u00a0]/u);
      }
    }
  });

  it('has at least one built-in for every family', () => {
    const families = new Set(en.map((t) => t.family));
    for (const family of TEMPLATE_FAMILIES) expect(families.has(family), family).toBe(true);
  });

  it('knows each built-in\'s family without its texts, as its structure gives it', () => {
    for (const t of en) expect(builtInFamily(t.id), t.id).toBe(t.family);
    expect(builtInFamily('custom:1')).toBeUndefined();
  });

  it('keeps section ids and item ids unique within a template, items prefixed by their section', () => {
    for (const t of en) {
      const sectionIds = t.body.sections.map((s) => s.id);
      expect(new Set(sectionIds).size, t.id).toBe(sectionIds.length);
      const itemIds = items(t).map((i) => i.id);
      expect(new Set(itemIds).size, t.id).toBe(itemIds.length);
      for (const s of t.body.sections) for (const i of s.items) expect(i.id.startsWith(`${s.id}.`), `${t.id} ${i.id}`).toBe(true);
    }
  });

  it('gives choice fields at least two options, and other fields none', () => {
    for (const t of [...en, ...fr]) {
      for (const f of fields(t)) {
        expect(FIELD_TYPES).toContain(f.type);
        if (f.type === 'singleChoice' || f.type === 'multipleChoice') expect(f.options.length, f.id).toBeGreaterThanOrEqual(2);
        else expect(f.options, f.id).toEqual([]);
      }
    }
  });

  it('has every template describe its outputs and hold at least one section', () => {
    for (const t of en) {
      expect(t.body.outputs.length, t.id).toBeGreaterThan(0);
      expect(t.body.sections.length, t.id).toBeGreaterThan(0);
      for (const s of t.body.sections) expect(s.items.length, `${t.id} ${s.id}`).toBeGreaterThan(0);
    }
  });

  it('follows the Scrum Guide’s timeboxes', () => {
    const timebox = (id: string) => builtInTemplate(id, 'en')?.body.timebox;
    expect(timebox(BUILTIN_IDS.planning)).toEqual({ kind: 'scaled', oneMonthMinutes: 480 });
    expect(timebox(BUILTIN_IDS.review)).toEqual({ kind: 'scaled', oneMonthMinutes: 240 });
    for (const id of [BUILTIN_IDS.retroStartStopContinue, BUILTIN_IDS.retro4L, BUILTIN_IDS.retroWentWell]) {
      expect(timebox(id)).toEqual({ kind: 'scaled', oneMonthMinutes: 180 });
    }
    expect(timebox(BUILTIN_IDS.daily)).toEqual({ kind: 'fixed', minutes: 15 });
    expect(timebox(BUILTIN_IDS.refinement)).toEqual({ kind: 'none' });
    expect(timebox(BUILTIN_IDS.interview)).toEqual({ kind: 'fixed', minutes: 45 });
    for (const id of [BUILTIN_IDS.hypothesis, BUILTIN_IDS.testCard, BUILTIN_IDS.learningCard]) expect(timebox(id)).toEqual({ kind: 'none' });
  });

  it('has three retrospective formats', () => {
    expect(en.filter((t) => t.family === 'retrospective').map((t) => t.id)).toEqual([
      BUILTIN_IDS.retroStartStopContinue,
      BUILTIN_IDS.retro4L,
      BUILTIN_IDS.retroWentWell,
    ]);
  });

  it('has the fields the board relies on', () => {
    const field = (id: string, itemId: string) => fields(builtInTemplate(id, 'en') as TemplateDefinition).find((f) => f.id === itemId);
    expect(field(BUILTIN_IDS.planning, 'why.goal')).toMatchObject({ label: 'Sprint goal', type: 'longText' });
    expect(field(BUILTIN_IDS.review, 'adapt.decisions')).toMatchObject({ label: 'Decisions', type: 'longText' });
    expect(field(BUILTIN_IDS.daily, 'blockers.list')).toMatchObject({ type: 'longText' });
    expect(field(BUILTIN_IDS.interview, 'story.last-time')).toMatchObject({ type: 'longText' });
    expect(field(BUILTIN_IDS.interview, 'participant.segment')?.options).toHaveLength(2);
    expect(field(BUILTIN_IDS.hypothesis, 'assumption.category')?.options).toEqual(['Desirability', 'Viability', 'Feasibility', 'Usability']);
    expect(field(BUILTIN_IDS.learningCard, 'learned.decision')?.options).toEqual(['Validated', 'Invalidated', 'Inconclusive']);
    for (const itemId of ['assumption.importance', 'assumption.evidence']) expect(field(BUILTIN_IDS.hypothesis, itemId)?.type).toBe('scale');
    for (const itemId of ['hypothesis.criticality', 'test.cost', 'test.reliability']) expect(field(BUILTIN_IDS.testCard, itemId)?.type).toBe('scale');
    expect(field(BUILTIN_IDS.testCard, 'plan.deadline')?.type).toBe('date');
  });

  it('makes the definitions checklists only', () => {
    for (const id of [BUILTIN_IDS.definitionOfReady, BUILTIN_IDS.definitionOfDone]) {
      const t = builtInTemplate(id, 'fr') as TemplateDefinition;
      expect(items(t).every((i) => i.kind === 'check'), id).toBe(true);
    }
  });

  it('finds a template by id, in the requested language, as a copy', () => {
    const enReview = builtInTemplate(BUILTIN_IDS.review, 'en');
    const frReview = builtInTemplate(BUILTIN_IDS.review, 'fr');
    expect(enReview?.name).toBe('Sprint review');
    expect(frReview?.id).toBe(BUILTIN_IDS.review);
    expect(builtInTemplate(BUILTIN_IDS.refinement, 'fr')?.name).toBe('Affinage du backlog');
    expect(builtInTemplate('builtin:nope', 'en')).toBeUndefined();
    (enReview as TemplateDefinition).body.sections.length = 0;
    expect(builtInTemplate(BUILTIN_IDS.review, 'en')?.body.sections.length).toBeGreaterThan(0);
    expect(isBuiltInId(BUILTIN_IDS.daily)).toBe(true);
    expect(isBuiltInId('team:daily')).toBe(false);
  });
});
