import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_STAGES, laneIndex, orderStages, stagesOfLane } from '../../../src/domain/lanes';
import { rankBetween, ranksBetween } from '../../../src/domain/ranking';
import { parseTags } from '../../../src/domain/tags';
import { LANES, type Lane, type Rank } from '../../../src/domain/types';
import { fieldErrors, initiativeFieldsSchema, nameSchema, TEXT_MAX, TITLE_MAX } from '../../../src/domain/validation';

const [r1, r2, r3] = ranksBetween(null, null, 3) as [Rank, Rank, Rank];
const st = (id: string, lane: Lane, rank: Rank) => ({ id, lane, rank });

describe('lanes', () => {
  it('knows the lanes in board order', () => {
    expect(LANES).toEqual(['strategy', 'discovery', 'delivery']);
    expect(laneIndex('strategy')).toBe(0);
    expect(laneIndex('discovery')).toBe(1);
    expect(laneIndex('delivery')).toBe(2);
  });

  it('has default stages for every lane', () => {
    expect(DEFAULT_STAGES.strategy).toEqual(['opportunities', 'framing']);
    expect(DEFAULT_STAGES.discovery).toEqual(['exploring', 'testing']);
    expect(DEFAULT_STAGES.delivery).toEqual(['ready', 'inSprint', 'released']);
  });

  it('orders stages by lane, then rank, then id', () => {
    const stages = [
      st('d1', 'delivery', r1),
      st('s2', 'strategy', r3),
      st('x-b', 'discovery', r2),
      st('s1', 'strategy', r1),
      st('x-a', 'discovery', r2),
      st('x0', 'discovery', r1),
    ];
    expect(orderStages(stages).map((s) => s.id)).toEqual(['s1', 's2', 'x0', 'x-a', 'x-b', 'd1']);
  });

  it('puts the lane before the rank', () => {
    // A delivery stage with the smallest rank still comes after a strategy stage with the largest.
    const stages = [st('late', 'delivery', rankBetween(null, r1)), st('early', 'strategy', r3)];
    expect(orderStages(stages).map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('does not modify its input', () => {
    const stages = [st('b', 'delivery', r1), st('a', 'strategy', r1)];
    orderStages(stages);
    expect(stages.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('gives the ordered stages of one lane', () => {
    const stages = [st('d2', 'delivery', r2), st('s1', 'strategy', r1), st('d1', 'delivery', r1), st('d3', 'delivery', r3)];
    expect(stagesOfLane(stages, 'delivery').map((s) => s.id)).toEqual(['d1', 'd2', 'd3']);
    expect(stagesOfLane(stages, 'strategy').map((s) => s.id)).toEqual(['s1']);
    expect(stagesOfLane(stages, 'discovery')).toEqual([]);
  });
});

describe('parseTags', () => {
  it('splits on commas and trims', () => {
    expect(parseTags(' growth ,  pricing,retention ')).toEqual(['growth', 'pricing', 'retention']);
  });

  it('drops empty tags', () => {
    expect(parseTags('a,, ,b,')).toEqual(['a', 'b']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,')).toEqual([]);
  });

  it('drops duplicates case-insensitively, keeping the first spelling and the order', () => {
    expect(parseTags('Growth, pricing, growth, GROWTH, Pricing, ux')).toEqual(['Growth', 'pricing', 'ux']);
  });

  it('collapses inner runs of spaces', () => {
    expect(parseTags('dark   mode,  a\tb ')).toEqual(['dark mode', 'a b']);
  });

  it('treats tags that differ only by inner spacing as duplicates', () => {
    expect(parseTags('dark mode, Dark    Mode')).toEqual(['dark mode']);
  });

  it('keeps accented tags and dedupes them case-insensitively', () => {
    expect(parseTags('Écosystème, écosystème, rétention')).toEqual(['Écosystème', 'rétention']);
  });
});

describe('initiativeFieldsSchema', () => {
  const valid = { title: 'Dark mode', summary: '', problem: '', owner: '', tags: [] as string[], segment: '' };

  function errorsOf(input: unknown) {
    const parsed = initiativeFieldsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    return parsed.success ? {} : fieldErrors(parsed.error);
  }

  it('accepts a valid draft and trims the title and owner', () => {
    const parsed = initiativeFieldsSchema.parse({ ...valid, title: '  Dark mode  ', owner: ' Léa ', segment: 'B2C' });
    expect(parsed.title).toBe('Dark mode');
    expect(parsed.owner).toBe('Léa');
    expect(parsed.segment).toBe('B2C');
  });

  it('requires a title, even one made of spaces', () => {
    expect(errorsOf({ ...valid, title: '' })).toEqual({ title: 'errors.titleRequired' });
    expect(errorsOf({ ...valid, title: '   ' })).toEqual({ title: 'errors.titleRequired' });
  });

  it('refuses a title over the limit but accepts one at it', () => {
    expect(errorsOf({ ...valid, title: 'x'.repeat(TITLE_MAX + 1) })).toEqual({ title: 'errors.titleTooLong' });
    expect(initiativeFieldsSchema.safeParse({ ...valid, title: 'x'.repeat(TITLE_MAX) }).success).toBe(true);
  });

  it('measures the title after trimming', () => {
    expect(initiativeFieldsSchema.safeParse({ ...valid, title: ` ${'x'.repeat(TITLE_MAX)} ` }).success).toBe(true);
  });

  it('refuses too long texts, tags and too many tags', () => {
    expect(errorsOf({ ...valid, summary: 'x'.repeat(TEXT_MAX + 1) })).toEqual({ summary: 'errors.textTooLong' });
    expect(errorsOf({ ...valid, problem: 'x'.repeat(TEXT_MAX + 1) })).toEqual({ problem: 'errors.textTooLong' });
    expect(errorsOf({ ...valid, owner: 'x'.repeat(TITLE_MAX + 1) })).toEqual({ owner: 'errors.textTooLong' });
    expect(errorsOf({ ...valid, tags: ['ok', 'x'.repeat(61)] })).toEqual({ tags: 'errors.tagTooLong' });
    expect(errorsOf({ ...valid, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) })).toEqual({ tags: 'errors.tooManyTags' });
    expect(initiativeFieldsSchema.safeParse({ ...valid, tags: Array.from({ length: 30 }, () => 'x'.repeat(60)) }).success).toBe(true);
  });

  it('refuses an unknown segment', () => {
    expect(Object.keys(errorsOf({ ...valid, segment: 'B2G' }))).toEqual(['segment']);
  });

  it('reports every failing field at once', () => {
    expect(errorsOf({ ...valid, title: '', summary: 'x'.repeat(TEXT_MAX + 1) })).toEqual({
      title: 'errors.titleRequired',
      summary: 'errors.textTooLong',
    });
  });
});

describe('nameSchema', () => {
  it('trims and requires a name', () => {
    expect(nameSchema.parse('  Roadmap ')).toBe('Roadmap');
    const parsed = nameSchema.safeParse('   ');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('errors.nameRequired');
  });
});

describe('fieldErrors', () => {
  it('keeps the first message of each field', () => {
    const schema = z.object({ a: z.string().min(3, 'first').regex(/^\d+$/, 'second') });
    const parsed = schema.safeParse({ a: 'x' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(2);
    expect(fieldErrors(parsed.error!)).toEqual({ a: 'first' });
  });

  it('uses the top-level path segment for nested issues', () => {
    const schema = z.object({ list: z.array(z.string().max(1, 'tooLong')) });
    const parsed = schema.safeParse({ list: ['a', 'bb'] });
    expect(fieldErrors(parsed.error!)).toEqual({ list: 'tooLong' });
  });

  it('files issues without a path under "form"', () => {
    const schema = z.object({ a: z.string() }).refine(() => false, 'whole');
    const parsed = schema.safeParse({ a: 'x' });
    expect(fieldErrors(parsed.error!)).toEqual({ form: 'whole' });
  });
});
