/** How much a board card shows: its whole title and every chip, or two title lines and its few most useful chips. */
export type CardDensity = 'comfortable' | 'compact';
export const CARD_DENSITIES: readonly CardDensity[] = ['comfortable', 'compact'];

/** A chip a card may show: the heavier it is, the longer it stays when the card keeps only a few. */
export interface WeighedChip {
  weight: number;
}

/**
 * How useful each kind of chip is. The lane's key figure comes first (score, hypotheses, stories,
 * outcome), then what qualifies it, then who owns the card, then side figures and how it is filed.
 */
export const CHIP_WEIGHT = {
  keyFigure: 100,
  keyDetail: 90,
  figure: 70,
  owner: 65,
  sideFigure: 60,
  segment: 40,
  tag: 30,
} as const;

/** The chips a compact card keeps: enough for the key figure and its owner, never a second row on a narrow stage. */
export const COMPACT_CHIPS = 3;

/**
 * The chips a card shows at a density: all of them when comfortable (they wrap); in compact, the
 * heaviest few, the earlier first among equals, in the order they were given.
 */
export function chipsShown<T extends WeighedChip>(chips: readonly T[], density: CardDensity): T[] {
  if (density === 'comfortable' || chips.length <= COMPACT_CHIPS) return [...chips];
  const kept = new Set(
    chips
      .map((chip, index) => ({ chip, index }))
      .sort((a, b) => b.chip.weight - a.chip.weight || a.index - b.index)
      .slice(0, COMPACT_CHIPS)
      .map(({ chip }) => chip),
  );
  return chips.filter((chip) => kept.has(chip));
}
