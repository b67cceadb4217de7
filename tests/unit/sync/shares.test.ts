import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runRecordedCommand } from '../../../src/db/command';
import { db } from '../../../src/db/db';
import { createInitiative, editInitiative, moveInitiative } from '../../../src/db/initiative-commands';
import { joinShared, refuseShare, setShareRole, startSharing } from '../../../src/db/share-commands';
import { SYNCED_TABLES } from '../../../src/db/sync-outbox';
import { duplicateTemplate } from '../../../src/db/template-commands';
import { redo, undo } from '../../../src/db/undo';
import { createStory } from '../../../src/db/story-commands';
import { createObjective } from '../../../src/db/objective-commands';
import { PRODUCT_TABLES, type DataTable } from '../../../src/domain/tables';
import { builtInTemplate, BUILTIN_IDS } from '../../../src/domain/templates/builtins';
import { expectCommandError, freshDb, makeProduct, snapshot } from '../db/helpers';
import { newHypothesis, newInterview } from '../db/discovery-helpers';

beforeEach(freshDb);
afterEach(() => {
  vi.useRealTimers();
});

const membership = (productId: string, role: 'owner' | 'editor' | 'viewer') => ({ productId, member: { id: 'm1', displayName: 'Ana', role }, token: 'm1.secret' });

describe('startSharing', () => {
  it('queues every record of the product whole, and nothing of another product nor any template', async () => {
    const shared = await makeProduct('Shared');
    const other = await makeProduct('Other');
    const card = await createInitiative(shared.stage('exploring').id, { title: 'Bulk import' });
    const ours = await duplicateTemplate(builtInTemplate(BUILTIN_IDS.hypothesis, 'en')!, 'Our hypothesis');
    await newHypothesis(card.id);
    await newInterview(shared.productId, card.id);
    await createStory(card.id, { iWant: 'to import a CSV' }, 'en');
    await createObjective(shared.productId, { title: 'Grow', period: { kind: 'quarter', year: 2025, quarter: 1 } });
    await createInitiative(other.stage('exploring').id, { title: 'Elsewhere' });
    expect(await db.templates.get(ours.id)).toBeDefined();

    await startSharing(membership(shared.productId, 'owner'));

    const queued = (await db.syncOutbox.toArray()).map((e) => {
      expect(e).toMatchObject({ productId: shared.productId, fields: null });
      return `${e.table}:${e.key}`;
    });
    const expected = [`products:${shared.productId}`];
    for (const table of PRODUCT_TABLES) {
      const rows = (await db.table(table).toArray()) as { id: string; productId: string }[];
      expected.push(...rows.filter((r) => r.productId === shared.productId).map((r) => `${table}:${r.id}`));
    }
    expect(queued.sort()).toEqual(expected.sort());
    const tables = new Set(queued.map((q) => q.split(':')[0] as DataTable));
    expect([...tables].every((table) => SYNCED_TABLES.includes(table))).toBe(true);
    expect(tables).toEqual(new Set(['products', 'stages', 'initiatives', 'transitions', 'hypotheses', 'statusChanges', 'interviews', 'stories', 'objectives']));
    expect(await db.shares.get(shared.productId)).toMatchObject({ role: 'owner', state: 'active' });
  });

  it('from then on queues the fields each command changes, and nothing for a product not shared', async () => {
    const shared = await makeProduct('Shared');
    const other = await makeProduct('Other');
    const card = await createInitiative(shared.stage('opportunities').id, { title: 'Bulk import' });
    const elsewhere = await createInitiative(other.stage('opportunities').id, { title: 'Elsewhere' });
    await startSharing(membership(shared.productId, 'owner'));
    await db.syncOutbox.clear();
    await editInitiative(elsewhere.id, { title: 'Not shared' });
    expect(await db.syncOutbox.count()).toBe(0);
    // The member's first change of a record also signs it with their name.
    await editInitiative(card.id, { summary: 'CSV first' });
    expect(await db.syncOutbox.toArray()).toEqual([expect.objectContaining({ table: 'initiatives', key: card.id, fields: ['summary', 'by'] })]);
    expect((await db.initiatives.get(card.id))?.by).toBe('Ana');
    await db.syncOutbox.clear();
    await editInitiative(card.id, { summary: 'CSV, then Excel' });
    expect(await db.syncOutbox.toArray()).toEqual([expect.objectContaining({ fields: ['summary'] })]);
  });

  it('signs a record as the command writes it: once, also when written before the memberships are read', async () => {
    const shared = await makeProduct('Shared');
    const card = await createInitiative(shared.stage('opportunities').id, { title: 'Bulk import' });
    await startSharing(membership(shared.productId, 'owner'));
    const puts = vi.spyOn(db.initiatives, 'put');
    await moveInitiative(card.id, shared.stage('framing').id, null, null);
    expect(puts.mock.calls).toEqual([[expect.objectContaining({ id: card.id, stageId: shared.stage('framing').id, by: 'Ana' })]]);
    puts.mockClear();
    const read = (await db.initiatives.get(card.id))!;
    // Written from a record read before the command: its first request is this write.
    const entryId = (await runRecordedCommand('test', async (w) => void w.patch('initiatives', { ...read, by: 'Someone else' }, { summary: 'Signed' }))).entryId;
    expect(puts).toHaveBeenCalledTimes(1);
    expect(await db.initiatives.get(card.id)).toMatchObject({ summary: 'Signed', by: 'Ana' });
    expect((await db.activity.get(entryId!))?.changes[0]?.after).toMatchObject({ summary: 'Signed', by: 'Ana' });
  });
});

describe('a member who may not write', () => {
  async function viewerOfSharedCard() {
    const p = await makeProduct('Shared');
    const card = await createInitiative(p.stage('opportunities').id, { title: 'Bulk import' });
    await editInitiative(card.id, { title: 'Written while an editor' });
    await joinShared(membership(p.productId, 'editor'));
    return { p, card };
  }

  it('as a viewer: every command and undo is refused with readOnly and changes nothing', async () => {
    const { p, card } = await viewerOfSharedCard();
    await setShareRole(p.productId, 'viewer');
    const before = await snapshot();
    await expectCommandError(() => editInitiative(card.id, { title: 'Viewer edit' }), 'readOnly');
    await expectCommandError(() => moveInitiative(card.id, p.stage('framing').id, null, null), 'readOnly');
    await expectCommandError(() => createInitiative(p.stage('framing').id, { title: 'New' }), 'readOnly');
    await expectCommandError(() => undo(p.productId), 'readOnly');
    expect(await snapshot()).toEqual(before);
    expect(await db.syncOutbox.count()).toBe(0);
  });

  it('once revoked: the copy stays readable and refuses changes, redo included', async () => {
    const { p, card } = await viewerOfSharedCard();
    await undo(p.productId);
    await refuseShare(p.productId, 'revoked');
    const before = await snapshot();
    await expectCommandError(() => redo(p.productId), 'readOnly');
    await expectCommandError(() => editInitiative(card.id, { summary: 'x' }), 'readOnly');
    expect(await snapshot()).toEqual(before);
    expect((await db.initiatives.get(card.id))?.title).toBe('Bulk import');
  });

  it('may still change a product that is not shared', async () => {
    const { p } = await viewerOfSharedCard();
    await setShareRole(p.productId, 'viewer');
    const mine = await makeProduct('Mine');
    await expect(createInitiative(mine.stage('framing').id, { title: 'Solo' })).resolves.toMatchObject({ title: 'Solo' });
  });
});
