import { describe, expect, it } from 'vitest';
import { checkMove, indexToSlot, slotToIndex } from '../../../src/domain/moves';

describe('checkMove', () => {
  const active = { status: 'active' as const, productId: 'p1' };
  const liveStage = { productId: 'p1', deletedAt: null };

  it('allows an active card to move to a live stage of its product', () => {
    expect(checkMove(active, liveStage)).toBeNull();
  });

  it('refuses a closed card', () => {
    for (const status of ['shipped', 'parked', 'killed'] as const) {
      expect(checkMove({ status, productId: 'p1' }, liveStage)).toBe('closed');
    }
  });

  it('refuses a stage of another product', () => {
    expect(checkMove(active, { productId: 'p2', deletedAt: null })).toBe('otherProduct');
  });

  it('refuses a deleted stage', () => {
    expect(checkMove(active, { productId: 'p1', deletedAt: 1_700_000_000_000 })).toBe('stageDeleted');
  });

  it('reports the closed refusal first when several rules fail', () => {
    expect(checkMove({ status: 'parked', productId: 'p1' }, { productId: 'p2', deletedAt: 5 })).toBe('closed');
    expect(checkMove(active, { productId: 'p2', deletedAt: 5 })).toBe('otherProduct');
  });
});

describe('slotToIndex / indexToSlot', () => {
  // A displayed list of 5 cards (the dragged one included) has slots 0..5;
  // without the dragged card, 4 cards have indexes 0..4 (4 = at the end).
  const displayed = 5;

  it('maps the two slots around the dragged card to its own index (a no-op drop)', () => {
    for (let active = 0; active < displayed; active++) {
      expect(slotToIndex(active, active)).toBe(active);
      expect(slotToIndex(active + 1, active)).toBe(active);
    }
  });

  it('leaves slots above the dragged card alone and shifts slots below it up by one', () => {
    expect(slotToIndex(0, 2)).toBe(0);
    expect(slotToIndex(1, 2)).toBe(1);
    expect(slotToIndex(4, 2)).toBe(3);
    expect(slotToIndex(5, 2)).toBe(4);
  });

  it('draws the drop line for an index below the dragged card one slot further down', () => {
    expect(indexToSlot(0, 2)).toBe(0);
    expect(indexToSlot(1, 2)).toBe(1);
    expect(indexToSlot(2, 2)).toBe(3);
    expect(indexToSlot(4, 2)).toBe(5);
  });

  it('round-trips every index through its slot', () => {
    for (let active = 0; active < displayed; active++) {
      for (let index = 0; index < displayed; index++) {
        expect(slotToIndex(indexToSlot(index, active), active)).toBe(index);
      }
    }
  });

  it('round-trips every slot except the one just above the dragged card', () => {
    for (let active = 0; active < displayed; active++) {
      for (let slot = 0; slot <= displayed; slot++) {
        const back = indexToSlot(slotToIndex(slot, active), active);
        // Slot `active` and slot `active + 1` are the same drop; the line is drawn below the card.
        expect(back).toBe(slot === active ? active + 1 : slot);
      }
    }
  });

  it('is the identity when nothing is dragged (a card from another column)', () => {
    for (let n = 0; n <= displayed; n++) {
      expect(slotToIndex(n, null)).toBe(n);
      expect(indexToSlot(n, null)).toBe(n);
    }
  });
});
