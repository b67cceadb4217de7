import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editInitiative } from '../../../src/db/initiative-commands';
import { deleteInterview, editInterview } from '../../../src/db/interview-commands';
import { PaletteIndex } from '../../../src/features/palette/palette-index';
import { freshDb } from '../db/helpers';
import { newHypothesis, newInterview, world } from '../db/discovery-helpers';

const labels = { ritualKind: (kind: string) => kind, period: () => 'Q1 2026', closedStatus: (status: string) => status };
let index: PaletteIndex | null = null;

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  index?.close();
  index = null;
});

/** What the index answers to `query` ("kind: title (detail)"), once it settles on `expected`. */
async function answers(query: string, expected: string[]) {
  const lines = () => index!.query(query).flatMap((g) => g.hits.map((h) => `${h.kind}: ${h.title}${h.detail ? ` (${h.detail})` : ''}`));
  await expect.poll(lines, { timeout: 10_000 }).toEqual(expected);
}

describe('the palette index', () => {
  it('follows the product’s records as they are written, edited and deleted', async () => {
    const { productId, initiativeId } = await world();
    const interview = await newInterview(productId, initiativeId, { alias: 'Élodie', role: 'Buyer', date: '2025-01-10' });
    await newHypothesis(initiativeId, { belief: 'importing a spreadsheet on day one' });
    index = new PaletteIndex(productId, 'en', labels);

    await answers('elodie', ['interview: Élodie (Buyer · 2025-01-10)']);
    await editInterview(interview.id, { quote: 'L’écran d’accueil me perd.' });
    await answers('ECRAN', ['interview: Élodie (Buyer · 2025-01-10)']);
    await answers('spreadsheet', ['hypothesis: importing a spreadsheet on day one (Bulk import)']);
    expect(index.ready).toBe(true);

    // A renamed initiative names its hypotheses' results at once; a deleted interview is no longer found.
    await editInitiative(initiativeId, { title: 'Mass import' });
    await answers('spreadsheet', ['hypothesis: importing a spreadsheet on day one (Mass import)']);
    await answers('mass', ['initiative: Mass import']);
    await deleteInterview(interview.id);
    await answers('elodie', []);
  });
});
