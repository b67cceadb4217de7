import type { CardDensity } from '../../domain/card-chips';
import type { Initiative } from '../../domain/types';

/*
 * A guess at a card's slot before it is measured (board.css: 14 px titles at line-height 1.3, 18 px
 * chips, the card's padding and the 8 px gap below it). The virtualiser measures every card it
 * renders; the guess only places those not rendered yet, so it must be cheap, not exact.
 */
const TITLE_LINE = 18;
const CHARS_PER_LINE = 16;
const CHIP_ROW = 22;
const FRAME = 20 + 6 + 8;
const TITLE_LINES: Record<CardDensity, number> = { comfortable: 4, compact: 2 };

export function estimateCardSlot(card: Pick<Initiative, 'title' | 'tags'>, density: CardDensity): number {
  const lines = Math.min(TITLE_LINES[density], Math.max(1, Math.ceil(card.title.length / CHARS_PER_LINE)));
  const chipRows = density === 'compact' ? 1 : card.tags.length > 1 ? 3 : 2;
  return FRAME + lines * TITLE_LINE + chipRows * CHIP_ROW;
}
