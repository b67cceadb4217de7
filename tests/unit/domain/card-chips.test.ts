import { describe, expect, it } from 'vitest';
import { chipsShown, CHIP_WEIGHT, COMPACT_CHIPS } from '../../../src/domain/card-chips';

const chip = (key: string, weight: number) => ({ key, weight });
const keys = (chips: { key: string }[]) => chips.map((c) => c.key);

describe('the chips a card shows', () => {
  const chips = [
    chip('score', CHIP_WEIGHT.keyFigure),
    chip('objective', CHIP_WEIGHT.keyDetail),
    chip('segment', CHIP_WEIGHT.segment),
    chip('tag:a', CHIP_WEIGHT.tag),
    chip('tag:b', CHIP_WEIGHT.tag),
    chip('owner', CHIP_WEIGHT.owner),
  ];

  it('shows every chip when comfortable, in their order', () => {
    expect(keys(chipsShown(chips, 'comfortable'))).toEqual(['score', 'objective', 'segment', 'tag:a', 'tag:b', 'owner']);
  });

  it('keeps the most useful few when compact, still in their order', () => {
    expect(COMPACT_CHIPS).toBe(3);
    expect(keys(chipsShown(chips, 'compact'))).toEqual(['score', 'objective', 'owner']);
  });

  it('leaves the less useful out first, the earlier first among equals', () => {
    const filed = [chip('tag:a', CHIP_WEIGHT.tag), chip('tag:b', CHIP_WEIGHT.tag), chip('tag:c', CHIP_WEIGHT.tag), chip('tag:d', CHIP_WEIGHT.tag)];
    expect(keys(chipsShown(filed, 'compact'))).toEqual(['tag:a', 'tag:b', 'tag:c']);
    expect(keys(chipsShown([chip('tag', CHIP_WEIGHT.tag), ...filed.slice(1), chip('stories', CHIP_WEIGHT.keyFigure)], 'compact'))).toEqual(['tag', 'tag:b', 'stories']);
  });

  it('keeps a card with few chips as it is', () => {
    expect(keys(chipsShown(chips.slice(0, 2), 'compact'))).toEqual(['score', 'objective']);
    expect(chipsShown([], 'compact')).toEqual([]);
  });
});
