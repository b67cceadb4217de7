import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { evidenceOfHypothesis, hypothesesOf, interviewsOf } from '../../../src/db/discovery-queries';
import { storiesOfInitiative } from '../../../src/db/delivery-queries';
import { startExperiment } from '../../../src/db/experiment-commands';
import { deleteHypothesis } from '../../../src/db/hypothesis-commands';
import { createInitiative, deleteInitiative } from '../../../src/db/initiative-commands';
import { deleteInterview, linkEvidence } from '../../../src/db/interview-commands';
import { createStory } from '../../../src/db/story-commands';
import { redo, undo } from '../../../src/db/undo';
import { deletedInitiatives, restoreInitiative } from '../../../src/db/restore-commands';
import { advance, expectCommandError, freshDb, snapshot } from './helpers';
import { dataOnly, newExperiment, newHypothesis, newInterview, world, type DiscoveryWorld } from './discovery-helpers';

let w: DiscoveryWorld;

beforeEach(async () => {
  await freshDb();
  w = await world();
  advance(10_000);
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * The initiative with its research and delivery: two hypotheses (one with a running experiment),
 * two interviews run for it with evidence, a story; plus records deleted before, and another
 * initiative's research, which the cascade must leave as they are.
 */
async function initiativeWithEverything() {
  const { productId, initiativeId } = w;
  const other = await createInitiative(w.stage('exploring').id, { title: 'Other' });
  const h1 = await newHypothesis(initiativeId, { belief: 'one' });
  const h2 = await newHypothesis(initiativeId, { belief: 'two' });
  const experiment = await newExperiment(h1.id);
  await startExperiment(experiment.id);
  await newExperiment(h2.id);
  const i1 = await newInterview(productId, initiativeId);
  const i2 = await newInterview(productId, initiativeId, { alias: 'Léa' });
  await linkEvidence(i1.id, h1.id, 'supports', 'copying contacts takes a day');
  await linkEvidence(i2.id, h2.id, 'refutes', 'we never import');
  await createStory(initiativeId, { iWant: 'to import a CSV' }, 'en');
  // Deleted before: the cascade must not touch them (nor undo bring them back).
  const gone = await newHypothesis(initiativeId, { belief: 'gone' });
  await deleteHypothesis(gone.id);
  const goneInterview = await newInterview(productId, initiativeId, { alias: 'Gone' });
  await deleteInterview(goneInterview.id);
  // Another initiative's hypothesis, an interview run for no initiative, evidence between them.
  const elsewhere = await newHypothesis(other.id, { belief: 'elsewhere' });
  const general = await newInterview(productId, null, { alias: 'General' });
  const kept = await linkEvidence(general.id, elsewhere.id, 'supports', 'kept');
  advance(10_000);
  return { other, elsewhere, general, kept };
}

/** The tombstone time of the rows of each table the delete wrote, and the ids it left alone. */
async function tombstonedAt(at: number) {
  const rows = await snapshot();
  const count = (list: { deletedAt: number | null }[]) => list.filter((r) => r.deletedAt === at).length;
  return {
    initiatives: count(rows.initiatives),
    stories: count(rows.stories),
    hypotheses: count(rows.hypotheses),
    experiments: count(rows.experiments),
    interviews: count(rows.interviews),
    evidence: count(rows.evidence),
  };
}

describe('deleteInitiative, a cascade', () => {
  it('tombstones the initiative with its stories, hypotheses, experiments, interviews and evidence, in one command', async () => {
    const { other, elsewhere, general, kept } = await initiativeWithEverything();
    const before = await snapshot();
    const entries = await db.activity.count();

    await deleteInitiative(w.initiativeId);

    expect(await tombstonedAt(Date.now())).toEqual({ initiatives: 1, stories: 1, hypotheses: 2, experiments: 2, interviews: 2, evidence: 2 });
    expect(await db.activity.count()).toBe(entries + 1);
    const entry = (await db.activity.toArray()).at(-1)!;
    expect(entry).toMatchObject({ command: 'deleteInitiative', label: 'Bulk import', state: 'done' });
    expect(entry.changes).toHaveLength(10);
    // Nothing else moved: the other initiative's research and the general interview are as they were.
    expect(await hypothesesOf(other.id)).toEqual([elsewhere]);
    expect((await interviewsOf(w.productId)).map((i) => i.id)).toEqual([general.id]);
    expect(await evidenceOfHypothesis(elsewhere.id)).toEqual([kept]);
    const after = await snapshot();
    expect(after.statusChanges).toEqual(before.statusChanges);
    expect(after.initiatives.find((i) => i.id === other.id)).toEqual(before.initiatives.find((i) => i.id === other.id));
  });

  it('undo brings every record back exactly as it was; redo removes them all again', async () => {
    await initiativeWithEverything();
    const before = dataOnly(await snapshot());

    await deleteInitiative(w.initiativeId);
    const deleted = dataOnly(await snapshot());
    expect(deleted).not.toEqual(before);

    expect(await undo(w.productId)).toMatchObject({ command: 'deleteInitiative' });
    expect(dataOnly(await snapshot())).toEqual(before);
    expect((await hypothesesOf(w.initiativeId)).map((h) => h.belief).sort()).toEqual(['one', 'two']);
    expect(await storiesOfInitiative(w.initiativeId)).toHaveLength(1);

    advance(10_000);
    expect(await redo(w.productId)).toMatchObject({ command: 'deleteInitiative' });
    expect(dataOnly(await snapshot())).toEqual(deleted);
    expect(await hypothesesOf(w.initiativeId)).toEqual([]);
    expect(await storiesOfInitiative(w.initiativeId)).toEqual([]);

    // And once more: the log can go back and forth.
    await undo(w.productId);
    expect(dataOnly(await snapshot())).toEqual(before);
  });

  it('refuses a deleted initiative and writes nothing', async () => {
    await initiativeWithEverything();
    await deleteInitiative(w.initiativeId);
    const before = await snapshot();
    await expectCommandError(() => deleteInitiative(w.initiativeId), 'initiativeMissing');
    expect(await snapshot()).toEqual(before);
  });
});

describe('restoreInitiative, from the archive', () => {
  it('brings back what the deletion took, and only that, keeping edits made since', async () => {
    await initiativeWithEverything();
    const before = await snapshot();
    await deleteInitiative(w.initiativeId);
    advance(1_000);
    // A teammate renamed it after the deletion (a remote write): the rename is kept.
    await db.initiatives.update(w.initiativeId, { title: 'Renamed by Bob' });
    expect((await deletedInitiatives(w.productId)).map((i) => i.title)).toEqual(['Renamed by Bob']);

    await restoreInitiative(w.initiativeId);

    const after = await snapshot();
    const live = (rows: { deletedAt: number | null }[]) => rows.filter((r) => r.deletedAt === null).length;
    for (const table of ['stories', 'hypotheses', 'experiments', 'interviews', 'evidence'] as const) expect(live(after[table])).toBe(live(before[table]));
    expect(after.initiatives.find((i) => i.id === w.initiativeId)).toMatchObject({ title: 'Renamed by Bob', deletedAt: null });
    expect(await deletedInitiatives(w.productId)).toEqual([]);
    await expectCommandError(() => restoreInitiative(w.initiativeId), 'notDeleted');
  });
});
