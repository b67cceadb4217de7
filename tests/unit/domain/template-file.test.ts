import { afterEach, describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseSafeJson } from '../../../src/domain/safe-json';
import { builtInTemplate, builtInTemplates, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import {
  parseTemplateFile,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  templateBodySchema,
  templateToFile,
  type TemplateFileError,
} from '../../../src/domain/templates/file-format';
import { TEMPLATE_FAMILIES, type TemplateBody } from '../../../src/domain/templates/types';

const LANGUAGES = ['en', 'fr'] as const;
const NOW = new Date(Date.UTC(2025, 0, 15, 9, 0, 0));
const KNOWN_CODES: readonly TemplateFileError['code'][] = ['tooLarge', 'notJson', 'tooDeep', 'wrongFormat', 'invalid', 'duplicateIds'];
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests build damaged files by hand */
type Json = any;

function interview() {
  return builtInTemplate(BUILTIN_IDS.interview, 'en')!;
}

/** A valid exported file, as an object to damage. */
function fileObject(): Json {
  return JSON.parse(templateToFile(interview(), NOW));
}

function parse(file: Json) {
  return parseTemplateFile(JSON.stringify(file));
}

function refusal(text: string): TemplateFileError {
  const result = parseTemplateFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

/** Path of the first item of a given kind in the interview: [section index, item index]. */
function firstItem(file: Json, kind: string): [number, number] {
  const sections = file.template.body.sections as { items: { kind: string }[] }[];
  for (const [s, section] of sections.entries()) {
    const i = section.items.findIndex((item) => item.kind === kind);
    if (i >= 0) return [s, i];
  }
  throw new Error(`no ${kind} item`);
}

function expectCleanPrototype() {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(() => {
  // Whatever a test did, it must not have reached Object.prototype.
  expectCleanPrototype();
});

describe('template files: round trip', () => {
  it('exports every built-in template and reads it back unchanged, in both languages', () => {
    for (const language of LANGUAGES) {
      const templates = builtInTemplates(language);
      expect(templates).toHaveLength(13);
      for (const template of templates) {
        const result = parseTemplateFile(templateToFile(template, NOW));
        expect(result, `${language} ${template.id}`).toEqual({
          ok: true,
          template: { name: template.name, family: template.family, version: template.version, body: template.body },
        });
      }
    }
  });

  it('writes the format, its version and the export time, and nothing of the library around the template', () => {
    const file = fileObject();
    expect(file.format).toBe(TEMPLATE_FILE_FORMAT);
    expect(file.formatVersion).toBe(TEMPLATE_FILE_VERSION);
    expect(file.exportedAt).toBe('2025-01-15T09:00:00.000Z');
    expect(Object.keys(file.template).sort()).toEqual(['body', 'family', 'name', 'version']);
  });

  it('reads back a custom template with its version', () => {
    const body: TemplateBody = {
      description: 'Ours',
      sections: [{ id: 's', title: 'S', intro: '', items: [{ id: 'f', kind: 'field', label: 'How many', type: 'number', help: '', options: [] }] }],
      timebox: { kind: 'fixed', minutes: 30 },
      outputs: [],
    };
    const result = parseTemplateFile(templateToFile({ name: 'Équipe « A »', family: 'review', version: 7, body }, NOW));
    expect(result).toEqual({ ok: true, template: { name: 'Équipe « A »', family: 'review', version: 7, body } });
  });

  it('trims the name it reads', () => {
    const file = fileObject();
    file.template.name = '  Spaced  ';
    const result = parse(file);
    expect(result.ok && result.template.name).toBe('Spaced');
  });
});

describe('template files: refusals', () => {
  it('refuses text that is not JSON', () => {
    expect(refusal('not json')).toEqual({ code: 'notJson', path: '' });
    expect(refusal('')).toEqual({ code: 'notJson', path: '' });
    expect(refusal(templateToFile(interview(), NOW).slice(0, 200))).toEqual({ code: 'notJson', path: '' });
  });

  it('refuses a file over 1 MB', () => {
    expect(refusal('x'.repeat(2 * 1024 * 1024))).toEqual({ code: 'tooLarge', path: '' });
    const padded = `{"format":"${TEMPLATE_FILE_FORMAT}","pad":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    expect(refusal(padded)).toEqual({ code: 'tooLarge', path: '' });
  });

  it('refuses JSON nested 40 levels deep', () => {
    let nested: Json = { format: TEMPLATE_FILE_FORMAT };
    for (let i = 0; i < 40; i++) nested = { a: nested };
    expect(refusal(JSON.stringify(nested))).toEqual({ code: 'tooDeep', path: '' });
    const file = fileObject();
    let deep: Json = 'leaf';
    for (let i = 0; i < 40; i++) deep = [deep];
    file.template.body.description = deep;
    expect(refusal(JSON.stringify(file))).toEqual({ code: 'tooDeep', path: '' });
  });

  it('refuses JSON of another format', () => {
    for (const text of ['null', '42', '"text"', 'true', '[]', '{}', '{"format":"something-else"}', JSON.stringify({ ...fileObject(), format: 'x' })]) {
      expect(refusal(text), text.slice(0, 40)).toEqual({ code: 'wrongFormat', path: 'format' });
    }
    expect(refusal(JSON.stringify([fileObject()]))).toEqual({ code: 'wrongFormat', path: 'format' });
  });

  it('refuses another format version', () => {
    const file = fileObject();
    file.formatVersion = 2;
    expect(refusal(JSON.stringify(file))).toEqual({ code: 'invalid', path: 'formatVersion' });
  });

  it('refuses an unknown field type, naming where it is', () => {
    const file = fileObject();
    const [s, i] = firstItem(file, 'field');
    file.template.body.sections[s].items[i].type = 'colour';
    expect(refusal(JSON.stringify(file))).toEqual({ code: 'invalid', path: `template.body.sections.${s}.items.${i}.type` });
  });

  it('refuses the exact path of a bad type in the second item of the first section', () => {
    const file = fileObject();
    file.template.body.sections[0].items[1] = { id: 'x', kind: 'field', label: 'X', type: 'colour', help: '', options: [] };
    expect(refusal(JSON.stringify(file))).toEqual({ code: 'invalid', path: 'template.body.sections.0.items.1.type' });
  });

  it('refuses an unknown item kind, timebox kind or family', () => {
    const file = fileObject();
    file.template.body.sections[0].items[0].kind = 'video';
    expect(refusal(JSON.stringify(file))).toEqual({ code: 'invalid', path: 'template.body.sections.0.items.0.kind' });

    const timebox = fileObject();
    timebox.template.body.timebox = { kind: 'forever' };
    expect(refusal(JSON.stringify(timebox))).toMatchObject({ code: 'invalid', path: expect.stringMatching(/^template\.body\.timebox/) });

    const family = fileObject();
    family.template.family = 'party';
    expect(refusal(JSON.stringify(family))).toEqual({ code: 'invalid', path: 'template.family' });
  });

  it('refuses unknown keys anywhere (strict objects)', () => {
    const places: [string, (file: Json) => void][] = [
      ['', (f) => (f.extra = 1)],
      ['template', (f) => (f.template.extra = 1)],
      ['template.body', (f) => (f.template.body.extra = 1)],
      ['template.body.sections.0', (f) => (f.template.body.sections[0].extra = 1)],
      ['template.body.sections.0.items.0', (f) => (f.template.body.sections[0].items[0].extra = 1)],
    ];
    for (const [path, damage] of places) {
      const file = fileObject();
      damage(file);
      const error = refusal(JSON.stringify(file));
      expect(error.code, path).toBe('invalid');
      expect(error.path.startsWith(path), `${error.path} under ${path}`).toBe(true);
    }
  });

  it('refuses a template without sections, or with an empty list of sections', () => {
    const missing = fileObject();
    delete missing.template.body.sections;
    expect(refusal(JSON.stringify(missing))).toEqual({ code: 'invalid', path: 'template.body.sections' });
    const empty = fileObject();
    empty.template.body.sections = [];
    expect(refusal(JSON.stringify(empty))).toEqual({ code: 'invalid', path: 'template.body.sections' });
  });

  it('refuses missing or wrongly typed parts', () => {
    const cases: [string, (file: Json) => void][] = [
      ['template', (f) => delete f.template],
      ['template.name', (f) => (f.template.name = '   ')],
      ['template.name', (f) => (f.template.name = 42)],
      ['template.version', (f) => (f.template.version = 0)],
      ['template.version', (f) => (f.template.version = 1.5)],
      ['template.body.outputs', (f) => (f.template.body.outputs = 'one')],
      ['template.body.sections.0.items', (f) => (f.template.body.sections[0].items = {})],
      ['template.body.sections.0.id', (f) => (f.template.body.sections[0].id = '')],
    ];
    for (const [path, damage] of cases) {
      const file = fileObject();
      damage(file);
      expect(refusal(JSON.stringify(file)), path).toEqual({ code: 'invalid', path });
    }
  });

  it('refuses repeated item or section ids, naming the second one', () => {
    const items = fileObject();
    items.template.body.sections[1].items[0].id = items.template.body.sections[0].items[0].id;
    expect(refusal(JSON.stringify(items))).toEqual({ code: 'duplicateIds', path: 'template.body.sections.1.items.0.id' });

    const sameSection = fileObject();
    sameSection.template.body.sections[0].items[2].id = sameSection.template.body.sections[0].items[0].id;
    expect(refusal(JSON.stringify(sameSection))).toEqual({ code: 'duplicateIds', path: 'template.body.sections.0.items.2.id' });

    const sections = fileObject();
    sections.template.body.sections[2].id = sections.template.body.sections[0].id;
    expect(refusal(JSON.stringify(sections))).toEqual({ code: 'duplicateIds', path: 'template.body.sections.2.id' });

    // Sections and items share one set of ids: answers are stored by item id.
    const mixed = fileObject();
    mixed.template.body.sections[1].items[0].id = mixed.template.body.sections[0].id;
    expect(refusal(JSON.stringify(mixed))).toEqual({ code: 'duplicateIds', path: 'template.body.sections.1.items.0.id' });
  });

  it('refuses a 20,000-character text', () => {
    const long = 'x'.repeat(20_000);
    const description = fileObject();
    description.template.body.description = long;
    expect(refusal(JSON.stringify(description))).toEqual({ code: 'invalid', path: 'template.body.description' });

    const prompt = fileObject();
    const [s, i] = firstItem(prompt, 'prompt');
    prompt.template.body.sections[s].items[i].text = long;
    expect(refusal(JSON.stringify(prompt))).toEqual({ code: 'invalid', path: `template.body.sections.${s}.items.${i}.text` });

    const name = fileObject();
    name.template.name = long;
    expect(refusal(JSON.stringify(name))).toEqual({ code: 'invalid', path: 'template.name' });
  });

  it('accepts texts up to the limit', () => {
    const file = fileObject();
    file.template.body.description = 'x'.repeat(10_000);
    expect(parse(file).ok).toBe(true);
    file.template.body.description = 'x'.repeat(10_001);
    expect(parse(file).ok).toBe(false);
  });
});

describe('template files: hostile keys', () => {
  const hostile = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}';

  function withHostileKeys(): string {
    // Written as text: an object literal cannot hold an own "__proto__" key.
    const text = JSON.stringify(fileObject());
    return text
      .replace('{"format"', `{"__proto__":{"polluted":true},"constructor":{"polluted":true},"format"`)
      .replace('"template":{', `"template":{"__proto__":{"polluted":true},"prototype":{"polluted":true},`)
      .replace('"body":{', `"body":{"constructor":{"prototype":{"polluted":true}},`)
      .replace('"sections":[{', `"sections":[{"__proto__":${hostile},`)
      .replace('"items":[{', `"items":[{"prototype":1,"constructor":"x","__proto__":null,`);
  }

  it('reads the file without the hostile keys, or refuses it, and never touches Object.prototype', () => {
    const text = withHostileKeys();
    expect(text.match(/__proto__/g)!.length).toBeGreaterThanOrEqual(4);
    const result = parseTemplateFile(text);
    if (result.ok) {
      expect(result.template).toEqual({ name: interview().name, family: interview().family, version: 1, body: interview().body });
      const serialized = JSON.stringify(result.template);
      expect(serialized).not.toMatch(/__proto__|"constructor"|"prototype"|polluted/);
      expect(Object.getPrototypeOf(result.template)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.template.body.sections[0])).toBe(Object.prototype);
    } else {
      expect(KNOWN_CODES).toContain(result.error.code);
    }
    expectCleanPrototype();
    // Spreading or merging what was read does not pollute either.
    if (result.ok) {
      const merged = Object.assign({}, result.template, { ...result.template.body.sections[0] });
      expect((merged as Json).polluted).toBeUndefined();
    }
    expectCleanPrototype();
  });

  it('does not let a hostile file of another format through either', () => {
    expect(refusal(`{"__proto__":{"format":"${TEMPLATE_FILE_FORMAT}","polluted":true}}`)).toEqual({ code: 'wrongFormat', path: 'format' });
    expectCleanPrototype();
  });
});

describe('parseSafeJson', () => {
  it('returns the parsed value', () => {
    expect(parseSafeJson('{"a":[1,"two",null,true,{"b":{}}]}')).toEqual({ ok: true, value: { a: [1, 'two', null, true, { b: {} }] } });
    expect(parseSafeJson('3')).toEqual({ ok: true, value: 3 });
    expect(parseSafeJson('null')).toEqual({ ok: true, value: null });
    expect(parseSafeJson('"é"')).toEqual({ ok: true, value: 'é' });
    expect(parseSafeJson('  [ ]  ')).toEqual({ ok: true, value: [] });
  });

  it('refuses what is not JSON', () => {
    for (const text of ['', '{', "{'a':1}", '{a:1}', '[1,]', 'undefined', 'NaN']) expect(parseSafeJson(text), text).toEqual({ ok: false, error: 'notJson' });
  });

  it('drops __proto__, constructor and prototype keys at any depth', () => {
    const text =
      '{"__proto__":{"polluted":true},"keep":1,"nested":{"constructor":{"prototype":{"polluted":true}},"list":[{"prototype":2,"ok":3},{"__proto__":{"x":1}}]},"constructor":"c"}';
    const result = parseSafeJson(text);
    expect(result).toEqual({ ok: true, value: { keep: 1, nested: { list: [{ ok: 3 }, {}] } } });
    const value = (result as { value: Json }).value;
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(value, 'constructor')).toBe(false);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.nested.list[1])).toBe(Object.prototype);
    expect(value.polluted).toBeUndefined();
    // Merging the result into a fresh object does not reach the prototype.
    const merged = { ...value, ...value.nested };
    expect(merged.polluted).toBeUndefined();
    expectCleanPrototype();
  });

  it('keeps values that merely look like the forbidden keys', () => {
    expect(parseSafeJson('{"name":"__proto__","list":["constructor","prototype"],"__proto__x":1}')).toEqual({
      ok: true,
      value: { name: '__proto__', list: ['constructor', 'prototype'], __proto__x: 1 },
    });
  });

  it(`accepts ${MAX_DEPTH} levels and refuses more`, () => {
    const nested = (levels: number) => '['.repeat(levels - 1) + '0' + ']'.repeat(levels - 1);
    expect(parseSafeJson(nested(MAX_DEPTH)).ok).toBe(true);
    expect(parseSafeJson(nested(MAX_DEPTH + 1))).toEqual({ ok: false, error: 'tooDeep' });
    expect(parseSafeJson(nested(40))).toEqual({ ok: false, error: 'tooDeep' });
    let objects = '0';
    for (let i = 0; i < 40; i++) objects = `{"a":${objects}}`;
    expect(parseSafeJson(objects)).toEqual({ ok: false, error: 'tooDeep' });
    // Width is not depth.
    expect(parseSafeJson(JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ i })))).ok).toBe(true);
  });

  it('refuses, without throwing, JSON nested far too deep', () => {
    const text = '['.repeat(200_000) + ']'.repeat(200_000);
    const result = parseSafeJson(text);
    expect(result.ok).toBe(false);
    // A deep file is refused; the code may be notJson as the parser's stack runs out first (see report).
    expect(['tooDeep', 'notJson']).toContain((result as { error: string }).error);
  });

  it('refuses text over the size limit, checked before parsing', () => {
    expect(parseSafeJson('[1,2,3]', 6)).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseSafeJson('[1,2,3]', 7)).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseSafeJson('not json at all', 3)).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseSafeJson(`"${'x'.repeat(6 * 1024 * 1024)}"`)).toEqual({ ok: false, error: 'tooLarge' });
  });
});

/** mulberry32: a small seeded generator, so any failure replays. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('template files: random damage', () => {
  const rand = random(20250115);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const CHARS = ['{', '}', '[', ']', '"', ':', ',', '\\', '0', '9', '-', 'e', 'a', ' ', '\n', 'é', '😀', 'null', 'true', '__proto__', '"constructor":'];
  const VALUES: (() => unknown)[] = [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1.5,
    () => 1e308,
    () => '',
    () => 'text',
    () => 'x'.repeat(int(2) ? 301 : 10_001),
    () => [],
    () => [1, 'a'],
    () => ({}),
    () => ({ kind: 'field' }),
    () => ({ kind: 'none' }),
    () => 'shortText',
    () => 'prompt',
  ];
  const HOSTILE = ['__proto__', 'constructor', 'prototype'];

  /** Every container path in a JSON value, with the value there. */
  function containers(value: Json, path: (string | number)[] = [], out: [(string | number)[], Json][] = []) {
    if (value && typeof value === 'object') {
      out.push([path, value]);
      for (const [key, child] of Object.entries(value)) containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
    return out;
  }

  /** Changes a parsed file: swaps a value's type, drops or adds a key, renames one to a hostile key, repeats an id. */
  function damageStructure(text: string): string {
    let value: Json;
    try {
      value = JSON.parse(text);
    } catch {
      return text;
    }
    const all = containers(value);
    if (all.length === 0) return text;
    const [, target] = pick(all);
    const keys = Object.keys(target);
    switch (int(5)) {
      case 0:
        if (keys.length) target[pick(keys)] = pick(VALUES)();
        break;
      case 1:
        if (keys.length) {
          if (Array.isArray(target)) target.splice(Number(pick(keys)), 1);
          else delete target[pick(keys)];
        }
        break;
      case 2:
        if (Array.isArray(target) && keys.length) target.push(structuredClone(target[Number(pick(keys))]));
        else target[pick(['extra', 'id', 'kind', 'type'])] = pick(VALUES)();
        break;
      case 3: {
        // JSON.stringify cannot write an own "__proto__" key from an object, so it goes in as text.
        const marker = `"__marker_${int(1e9)}"`;
        if (Array.isArray(target) || !keys.length) break;
        const key = pick(keys);
        const renamed = JSON.stringify(value).replace(`${JSON.stringify(key)}:`, `${marker}:`);
        return renamed.replace(`${marker}:`, `"${pick(HOSTILE)}":{"polluted":true},${JSON.stringify(key)}:`);
      }
      case 4: {
        const ids = containers(value).filter(([, v]) => !Array.isArray(v) && typeof v.id === 'string');
        if (ids.length >= 2) pick(ids)[1].id = pick(ids)[1].id;
        break;
      }
    }
    return JSON.stringify(value, null, int(2) ? 2 : 0);
  }

  function damageText(text: string): string {
    const at = int(text.length + 1);
    // Two chances in five of a structural change, which keeps the text JSON.
    switch (int(5)) {
      case 0:
        return text.slice(0, at) + text.slice(at + 1 + int(3));
      case 1: {
        let inserted = '';
        for (let n = 1 + int(3); n > 0; n--) inserted += pick(CHARS);
        return text.slice(0, at) + inserted + text.slice(at);
      }
      case 2:
        return text.slice(0, at);
      default:
        return damageStructure(text);
    }
  }

  it('never throws on 500 damaged files: either a valid template or a known refusal', () => {
    const sources = [...builtInTemplates('en'), ...builtInTemplates('fr')].map((t) => templateToFile(t, NOW));
    const outcomes = new Map<string, number>();
    for (let iteration = 0; iteration < 500; iteration++) {
      let text = pick(sources);
      for (let n = 1 + int(3); n > 0; n--) text = damageText(text);
      let result: ReturnType<typeof parseTemplateFile>;
      try {
        result = parseTemplateFile(text);
      } catch (error) {
        throw new Error(`iteration ${iteration} threw ${String(error)} on: ${text.slice(0, 300)}`);
      }
      if (result.ok) {
        outcomes.set('ok', (outcomes.get('ok') ?? 0) + 1);
        const body = templateBodySchema.safeParse(result.template.body);
        expect(body.success, `iteration ${iteration}`).toBe(true);
        expect(TEMPLATE_FAMILIES).toContain(result.template.family);
        expect(result.template.name.trim().length).toBeGreaterThan(0);
        expect(Number.isInteger(result.template.version) && result.template.version > 0).toBe(true);
        const ids = result.template.body.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]);
        expect(new Set(ids).size, `iteration ${iteration}: unique ids`).toBe(ids.length);
        expect(JSON.stringify(result.template)).not.toMatch(/"(__proto__|constructor|prototype)":/);
      } else {
        outcomes.set(result.error.code, (outcomes.get(result.error.code) ?? 0) + 1);
        expect(KNOWN_CODES, `iteration ${iteration}`).toContain(result.error.code);
        expect(typeof result.error.path).toBe('string');
        if (result.error.code === 'invalid' || result.error.code === 'duplicateIds') {
          expect(result.error.path, `iteration ${iteration}`).toMatch(/^[\w.]*$/);
        }
      }
      expect(({} as Json).polluted, `iteration ${iteration}`).toBeUndefined();
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
    // The damage reaches every kind of outcome, not just one.
    expect(outcomes.get('ok') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('notJson') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('invalid') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('duplicateIds') ?? 0).toBeGreaterThan(0);
  });
});

describe('limits found by the first test pass', () => {
  it('reports thousands of nested brackets as too deep, and counts the size in UTF-8 bytes', () => {
    expect(parseSafeJson('['.repeat(5000) + ']'.repeat(5000))).toEqual({ ok: false, error: 'tooDeep' });
    expect(parseSafeJson(JSON.stringify('é'.repeat(600_000)), 1024 * 1024)).toEqual({ ok: false, error: 'tooLarge' });
  });
});
