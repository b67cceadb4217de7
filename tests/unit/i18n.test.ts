import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { initialLanguage } from '../../src/i18n/i18n';
import { SECTION_LOADERS } from '../../src/i18n/sections';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as [dotted path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value, path) : [[path, value]];
  });
}

// The core messages and every section that loads with its screen, merged as the app merges them
// (a top-level key both hold, like `errors`, one level down).
const sections = Object.values(SECTION_LOADERS);
function mergeAll(core: object, tables: object[]): Tree {
  const all: Record<string, Tree> = { ...(core as Record<string, Tree>) };
  for (const table of tables) for (const [key, value] of Object.entries(table as Record<string, Tree>)) all[key] = { ...all[key], ...value };
  return all;
}
const enAll = mergeAll(en, await Promise.all(sections.map((s) => s.en())));
const frAll = mergeAll(fr, await Promise.all(sections.map((s) => s.fr())));
const enLeaves = new Map(leaves(enAll as Tree));
const frLeaves = new Map(leaves(frAll as Tree));

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe('messages', () => {
  it('has a good number of keys (the walk really reaches the leaves)', () => {
    expect(enLeaves.size).toBeGreaterThan(100);
    expect(enLeaves.get('errors.move.closed')).toBe('A closed initiative cannot move: reopen it first.');
  });

  it('has every English key in French', () => {
    const missing = [...enLeaves.keys()].filter((k) => !frLeaves.has(k));
    expect(missing).toEqual([]);
  });

  it('has no French key that English lacks', () => {
    const extra = [...frLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect(extra).toEqual([]);
  });

  it('has only non-empty strings', () => {
    for (const [name, tree] of [['en', enLeaves], ['fr', frLeaves]] as const) {
      const bad = [...tree].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => `${name}:${k}`);
      expect(bad).toEqual([]);
    }
  });

  it('keeps every English placeholder in the French string', () => {
    const mismatched: string[] = [];
    for (const [key, value] of enLeaves) {
      const frValue = frLeaves.get(key);
      if (typeof value !== 'string' || typeof frValue !== 'string') continue;
      // A singular form may say the number in words ("a week", « une semaine »).
      const missing = placeholders(value).filter((p) => !placeholders(frValue).includes(p) && !(p === 'count' && key.endsWith('_one')));
      if (missing.length > 0) mismatched.push(`${key}: ${missing.join(', ')}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('uses no placeholder in French that English does not provide', () => {
    const extra: string[] = [];
    for (const [key, value] of frLeaves) {
      const enValue = enLeaves.get(key);
      if (typeof value !== 'string' || typeof enValue !== 'string') continue;
      const unknown = placeholders(value).filter((p) => !placeholders(enValue).includes(p));
      if (unknown.length > 0) extra.push(`${key}: ${unknown.join(', ')}`);
    }
    expect(extra).toEqual([]);
  });

  it('has a message for every command error code the db can raise', () => {
    const codes = [
      'titleRequired',
      'titleTooLong',
      'nameRequired',
      'stageMissing',
      'initiativeMissing',
      'productMissing',
      'notFound',
      'alreadyClosed',
      'notClosed',
      'stageNotEmpty',
      'lastStageOfLane',
      'stageEdge',
      'move.closed',
      'move.otherProduct',
      'move.stageDeleted',
    ];
    for (const code of codes) {
      expect(enLeaves.has(`errors.${code}`), code).toBe(true);
      expect(frLeaves.has(`errors.${code}`), code).toBe(true);
    }
  });
});

describe('initialLanguage', () => {
  it('prefers the stored choice', () => {
    expect(initialLanguage('fr', ['en-US'])).toBe('fr');
    expect(initialLanguage('en', ['fr-FR', 'fr'])).toBe('en');
  });

  it('ignores an unknown stored value', () => {
    expect(initialLanguage('de', ['fr-FR'])).toBe('fr');
    expect(initialLanguage('', [])).toBe('en');
  });

  it('falls back to the first supported browser language', () => {
    expect(initialLanguage(null, ['fr-FR'])).toBe('fr');
    expect(initialLanguage(null, ['fr-CA', 'en-US'])).toBe('fr');
    expect(initialLanguage(null, ['de-DE', 'FR-be', 'en'])).toBe('fr');
    expect(initialLanguage(null, ['de-DE', 'en-GB', 'fr'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(initialLanguage(null, [])).toBe('en');
    expect(initialLanguage(null, ['de-DE', 'es'])).toBe('en');
  });
});

describe('undo labels', () => {
  it('names every command the database runs, so the Undo button says what it undoes', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/db');
    const commands = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/(?:runCommand|runRecordedCommand|addTemplate)\(\s*'(\w+)'/g)) commands.add(match[1]!);
    }
    expect(commands.size).toBeGreaterThan(50);
    const unnamed = [...commands].filter((c) => !enLeaves.has(`commands.${c}`) || !frLeaves.has(`commands.${c}`));
    expect(unnamed).toEqual([]);
  });
});

describe('t', () => {
  it('picks plural forms by the language rules, and reads count-bearing keys that have none', async () => {
    const { setLanguage, t } = await import('../../src/i18n/i18n');
    await setLanguage('en');
    expect(t('count.cards', { count: 1 })).toBe('1 card');
    expect(t('count.cards', { count: 0 })).toBe('0 cards');
    expect(t('board.archiveCount', { count: 2 })).toBe('Archive (2)');
    await setLanguage('fr');
    expect(t('count.cards', { count: 0 })).toBe('0 carte');
    expect(t('count.cards', { count: 2 })).toBe('2 cartes');
    expect(t('dnd.over', { lane: 'Stratégie', stage: 'Cadrage', position: 1, total: 3 })).toBe('Couloir Stratégie, étape Cadrage, position 1 sur 3.');
    await setLanguage('en');
  });
});
