import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { seedFirstVisit } from '../../../src/db/product-commands';
import { reviewRecords } from '../../../src/db/review-queries';
import { toLocalDate } from '../../../src/domain/delivery/dates';
import { defaultReviewPeriod, reviewSpan } from '../../../src/domain/review/period';
import { productReview } from '../../../src/domain/review/review';
import { freshDb, must, T0 } from './helpers';

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

/** The sample's review of the last complete month before T0 (15 January 2025): December 2024, 15 to 45 days before. */
async function decemberReview(productId: string) {
  const records = await reviewRecords(productId);
  const today = toLocalDate(T0, 0);
  const span = must(reviewSpan(defaultReviewPeriod(today), records.sprints));
  expect(span).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  return productReview(records, { span, dayOf: (ms) => toLocalDate(ms, 0) });
}

const titles = (list: { initiative: { title: string } }[]) => list.map((item) => item.initiative.title);

describe('the sample’s product review of its last month', () => {
  it('lists the moves between lanes, what shipped and what was stopped, as the sample’s days ago say', async () => {
    const product = must(await seedFirstVisit('en'));
    const review = await decemberReview(product.id);
    expect(titles(review.moves.intoDiscovery)).toEqual(['In-app referral programme', 'Bulk import from spreadsheets']);
    expect(titles(review.moves.intoDelivery)).toEqual(['Calendar export', 'Weekly summary email', 'Invoice PDF redesign']);
    expect(review.moves.back).toEqual([]);
    // Entering Released is shipping: Dark mode and Two-factor authentication are still on the board.
    expect(titles(review.delivery.shipped)).toEqual(['Faster search results', 'Dark mode', 'Two-factor authentication']);
    expect(review.delivery.stopped.map((s) => [s.initiative.title, s.status])).toEqual([
      ['Marketplace for templates', 'parked'],
      ['Gamified streaks', 'killed'],
    ]);
  });

  it('lists what Discovery decided and heard, the objectives of the month, the rituals held and the open action items', async () => {
    const product = must(await seedFirstVisit('en'));
    const { discovery, objectives, rituals } = await decemberReview(product.id);
    const beliefs = (status: 'validated' | 'invalidated' | 'inconclusive') => discovery.decided[status].map((d) => d.initiative.title);
    expect([beliefs('validated'), beliefs('invalidated'), beliefs('inconclusive')]).toEqual([['Invoice PDF redesign'], ['Gamified streaks'], ['Invoice PDF redesign']]);
    expect(discovery.experiments.map((e) => [e.initiative.title, e.experiment.decision])).toEqual([
      ['Invoice PDF redesign', 'validated'],
      ['Gamified streaks', 'invalidated'],
      ['Invoice PDF redesign', 'inconclusive'],
    ]);
    expect(discovery.interviews.map((i) => i.alias)).toEqual(['Thomas', 'Nadia', 'Marc']);
    // The activation objective is for the first quarter of 2025; the retention one started on 6 December.
    expect(objectives.map((o) => o.objective.title)).toEqual(['Customers stay because we never surprise them']);
    expect(rituals.held.map((g) => [g.kind, g.runs.map((r) => r.sprintName)])).toEqual([['planning', ['Sprint 11']]]);
    expect(rituals.openActions.map((i) => i.owner)).toEqual(['Hugo', 'Inès']);
  });

  it('leaves out what was deleted', async () => {
    const product = must(await seedFirstVisit('en'));
    const search = must((await db.initiatives.toArray()).find((i) => i.title === 'Faster search results'));
    await db.initiatives.update(search.id, { deletedAt: T0 });
    const review = await decemberReview(product.id);
    expect(titles(review.delivery.shipped)).toEqual(['Dark mode', 'Two-factor authentication']);
  });
});
