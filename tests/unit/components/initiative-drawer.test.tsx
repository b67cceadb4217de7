import { screen } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative } from '../../../src/db/initiative-commands';
import { liveStages } from '../../../src/db/queries';
import { InitiativeDrawer } from '../../../src/features/initiative/initiative-drawer';
import { cardsArrived, cardsStored } from '../../../src/sync/arriving-cards';
import { renderWithApp, sampleProduct } from './render';

const MISSING = 'This initiative does not exist or was deleted.';
let productId: string;

beforeEach(async () => {
  productId = await sampleProduct('en');
});

describe('the initiative page', () => {
  it('waits for a card of a product just joined, on the board before it is stored, rather than call it missing', async () => {
    const [stage] = await liveStages(productId);
    const stored = await createInitiative(stage!.id, { title: 'Churn survey' });
    const joined = { ...stored, id: 'joined-card', title: 'Onboarding emails' };
    act(() => cardsArrived([joined]));
    await renderWithApp(
      <>
        <InitiativeDrawer productId={productId} initiativeId={joined.id} />
        <InitiativeDrawer productId={productId} initiativeId="never-there" />
      </>,
    );
    // Both pages have read the database once the one of a card never there says so.
    expect(await screen.findByRole('dialog', { name: MISSING })).toBeInTheDocument();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);

    // The join stores the card: its page shows it.
    await db.initiatives.put(joined);
    expect(await screen.findByRole('dialog', { name: 'Onboarding emails' })).toBeInTheDocument();
    act(() => cardsStored([joined]));
  });
});
