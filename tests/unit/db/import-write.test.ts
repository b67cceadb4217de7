import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { createInitiative, editInitiative } from '../../../src/db/initiative-commands';
import { importCards, newImportProduct, type ImportDestination } from '../../../src/db/import-write';
import { deleteProduct } from '../../../src/db/product-commands';
import { activeInStage, closedInitiatives, liveInitiative, liveProducts, liveStages } from '../../../src/db/queries';
import { revertCommand, undo } from '../../../src/db/undo';
import { parseJiraCsv } from '../../../src/domain/import/jira';
import type { ImportChoices } from '../../../src/domain/import/mapping';
import type { ImportSource } from '../../../src/domain/import/source';
import { suggestStage } from '../../../src/domain/import/suggest';
import { parseTrello } from '../../../src/domain/import/trello';
import type { Stage } from '../../../src/domain/types';
import { decodeBytes } from '../../../src/domain/import/encoding';
import { fixture, fixtureBytes, WORDS } from '../domain/import-helpers';
import { everything } from './backup-helpers';
import { advance, expectCommandError, freshDb, makeProduct, must } from './helpers';

beforeEach(async () => {
  await freshDb();
});

afterEach(() => {
  vi.useRealTimers();
});

function source(result: ReturnType<typeof parseTrello>): ImportSource {
  if (!result.ok) throw new Error('refused');
  return result.value;
}

const stageName = (s: Stage) => s.name || s.defaultKey || '';
const choicesFor = (src: ImportSource, stages: readonly Stage[], archived: ImportChoices['archived'] = 'park'): ImportChoices => ({
  stageOf: new Map(src.groups.map((g) => [g.key, suggestStage(g.name, stages, stageName)])),
  archived,
});

describe('importing cards', () => {
  it('creates a product named after the board with the 67 cards, as one change that Undo removes, keeping the history', async () => {
    const { productId } = await makeProduct('Existing');
    const clipkit = source(parseTrello(fixture('trello-clipkit-2015.json')));
    const destination = newImportProduct('Clipkit');
    const done = await importCards(clipkit, choicesFor(clipkit, destination.stages), destination, WORDS);

    expect((await liveProducts()).map((p) => p.name).sort()).toEqual(['Clipkit', 'Existing']);
    const stages = await liveStages(done.productId);
    expect(stages).toHaveLength(7);
    const active = (await Promise.all(stages.map((s) => activeInStage(s.id)))).flat();
    expect(active).toHaveLength(66);
    expect((await closedInitiatives(done.productId)).map((i) => [i.title, i.status, i.closeReason])).toEqual([['アイテムをストックへ保存するブックマークレット', 'parked', 'Archived in Trello']]);
    expect(await db.transitions.where('[productId+at]').between([done.productId, 0], [done.productId, Infinity]).count()).toBe(68);
    expect(done.counts).toMatchObject({ active: 66, parked: 1, skipped: 0 });

    expect(done.before.reason).toBe('beforeImport');
    expect(done.before.products).toEqual(['Existing']);
    // Recorded like any other command, after the history, which stays.
    expect((await db.activity.toArray()).map((a) => a.command)).toEqual(['createProduct', 'importCards']);

    expect(await undo(done.productId)).toMatchObject({ command: 'importCards', label: 'Clipkit', kept: 0 });
    expect((await liveProducts()).map((p) => p.name)).toEqual(['Existing']);
    expect(await db.initiatives.where('[productId+status]').equals([done.productId, 'active']).filter((i) => i.deletedAt === null).count()).toBe(0);
    expect(await undo(productId)).toMatchObject({ command: 'createProduct' });
  });

  it('undone from its notice after later work: only its own records go, edited ones stay and are counted', async () => {
    const { productId, stage } = await makeProduct('Payments');
    const jira = source(parseJiraCsv(fixture('jira-paiement.csv')));
    const done = await importCards(jira, choicesFor(jira, await liveStages(productId)), { kind: 'existing', productId }, WORDS);
    advance(60_000);
    const [edited, ...others] = (await db.initiatives.where('productId').equals(productId).toArray()).filter((i) => i.deletedAt === null);
    await editInitiative(must(edited).id, { title: 'Edited after the import' });
    const mine = await createInitiative(stage('ready').id, { title: 'Mine, added later' });

    const { kept } = await revertCommand(done.entryId);
    expect(kept).toBe(1);
    expect(must(await liveInitiative(must(edited).id)).title).toBe('Edited after the import');
    expect(await liveInitiative(mine.id)).not.toBeNull();
    for (const other of others) expect(await liveInitiative(other.id)).toBeNull();
    expect(await liveProducts()).toHaveLength(1);
  });

  it('undoing the first of two imports leaves the second', async () => {
    const clipkit = source(parseTrello(fixture('trello-clipkit-2015.json')));
    const once = newImportProduct('Clipkit');
    const first = await importCards(clipkit, choicesFor(clipkit, once.stages), once, WORDS);
    const again = newImportProduct('Clipkit 2');
    const second = await importCards(clipkit, choicesFor(clipkit, again.stages), again, WORDS);
    await revertCommand(first.entryId);
    expect((await liveProducts()).map((p) => p.name)).toEqual(['Clipkit 2']);
    expect(await activeInStage((await liveStages(second.productId))[0]!.id)).not.toHaveLength(0);
  });

  it('adds the cards after those already on an existing board, in the file’s order', async () => {
    vi.setSystemTime(new Date(2026, 10, 22));
    const { productId, stage } = await makeProduct('Payments');
    await createInitiative(stage('ready').id, { title: 'Already here' });
    const jira = source(parseJiraCsv(fixture('jira-paiement.csv')));
    const stages = await liveStages(productId);
    const done = await importCards(jira, choicesFor(jira, stages), { kind: 'existing', productId }, WORDS);
    expect(done.productId).toBe(productId);
    expect((await activeInStage(stage('ready').id)).map((i) => i.title)).toEqual(['Already here', 'Reçu PDF envoyé par e-mail', 'Remboursement partiel depuis le back-office']);
    expect((await activeInStage(stage('released').id)).map((i) => i.title)).toEqual(['Le bouton « Payer » reste grisé sur Android 12', "Messages d'erreur de carte en français"]);
    const bug = (await activeInStage(stage('released').id))[0]!;
    expect(bug.tags).toEqual(['Bug', 'android', 'bug-client', 'mobile']);
    expect(bug.summary.startsWith('Jira: PAY-103 (Bug)\nPriority: Highest\nStory points: 2\nSprints: PAY Sprint 11\nResolution: Done\n\nÉtapes :')).toBe(true);
    expect(bug.createdAt).toBe(new Date(2026, 9, 28, 14, 15).getTime());
  });

  it('writes the columns chosen to close as closed initiatives, and the comments with their cards', async () => {
    const jira = source(parseJiraCsv(decodeBytes(fixtureBytes('jira-excel-fr-1252.csv')).text));
    const destination = newImportProduct('Reçus');
    const choices = { ...choicesFor(jira, destination.stages), closeOf: new Map([['Annulé', 'killed' as const]]) };
    const done = await importCards(jira, choices, destination, WORDS);
    expect(done.counts).toMatchObject({ active: 3, killed: 1, comments: 2 });
    const closed = await closedInitiatives(done.productId);
    expect(closed.map((i) => [i.title, i.status, i.closeReason])).toEqual([['Ancienne idée de reçus papier', 'killed', 'Closed as “Annulé”']]);
    expect((await db.transitions.where('initiativeId').equals(closed[0]!.id).sortBy('at')).map((t) => [t.kind, t.status])).toEqual([
      ['create', 'active'],
      ['close', 'killed'],
    ]);
    const screen = (await db.initiatives.toArray()).find((i) => i.title === 'Écran « Mes reçus »')!;
    expect(screen.comments?.map((c) => c.author)).toEqual(['leo.martin', 'amelie.dubois']);
  });

  it('leaves archived cards out when asked', async () => {
    const clipkit = source(parseTrello(fixture('trello-clipkit-2015.json')));
    const destination = newImportProduct('Clipkit');
    const done = await importCards(clipkit, choicesFor(clipkit, destination.stages, 'skip'), destination, WORDS);
    expect(await closedInitiatives(done.productId)).toEqual([]);
    expect(done.counts).toMatchObject({ active: 66, skipped: 1 });
  });

  it('changes nothing when a stage chosen is gone, the product was deleted or the new name is empty', async () => {
    const { productId } = await makeProduct('Payments');
    const jira = source(parseJiraCsv(fixture('jira-paiement.csv')));
    const stages = await liveStages(productId);
    const before = await everything();

    await expectCommandError(() => importCards(jira, { stageOf: new Map([['In Progress', stages[0]!.id]]), archived: 'park' }, { kind: 'existing', productId }, WORDS), 'stageMissing');
    const draft = newImportProduct('   ');
    await expectCommandError(() => importCards(jira, choicesFor(jira, draft.stages), draft, WORDS), 'nameRequired');
    expect(await everything()).toEqual(before);

    await deleteProduct(productId);
    const afterDelete = await everything();
    const destination: ImportDestination = { kind: 'existing', productId };
    await expectCommandError(() => importCards(jira, choicesFor(jira, stages), destination, WORDS), 'productMissing');
    expect(await everything()).toEqual(afterDelete);
  });

  it('writes all or nothing: a failure half-way leaves the database as it was', async () => {
    await makeProduct('Payments');
    const clipkit = source(parseTrello(fixture('trello-clipkit-2015.json')));
    const destination = newImportProduct('Clipkit');
    const before = await everything();
    const spy = vi.spyOn(db.transitions, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importCards(clipkit, choicesFor(clipkit, destination.stages), destination, WORDS)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await everything()).toEqual(before);
  });
});
