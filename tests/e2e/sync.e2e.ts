import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, cardTitles, openApp, waitForBoard, withBrowser, type Session } from './harness';
import { createInvite, joinAs, moveTo, rename, shareProduct, startTeamNode, synced, syncStatus } from './team';

withBrowser();

const ONBOARDING = 'Self-serve onboarding for small teams';
const PRICING = 'Usage-based pricing tier';
const OFFLINE = 'Offline mode for field technicians';
const REMINDERS = 'Smart reminders before renewal';

let node: Awaited<ReturnType<typeof startTeamNode>>;
const sessions: Session[] = [];

beforeAll(async () => {
  node = await startTeamNode();
});

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.context.close()));
  await node.stop();
  node.remove();
});

/** Alice opens the app on the team server, shares the sample product, and invites Bob as `role`. */
async function aliceAndBob(role: 'editor' | 'viewer' = 'editor'): Promise<{ a: Page; b: Page; board: string }> {
  const alice = await openApp({ baseURL: node.url });
  sessions.push(alice);
  await waitForBoard(alice.page);
  const board = alice.page.url();
  await shareProduct(alice.page, 'Alice');
  const link = await createInvite(alice.page, role);
  await alice.page.goto(board);
  await waitForBoard(alice.page);
  const bob = await joinAs(link, 'Bob');
  sessions.push(bob);
  return { a: alice.page, b: bob.page, board };
}

/**
 * Goes offline as a train passenger would, the app installed: on a first visit the service worker
 * does not control the page yet (code not loaded yet could not load offline); it does after a reload.
 */
async function goOffline(session: Session) {
  await expect.poll(() => session.page.getByText('Ready to work offline.').count()).toBe(1);
  await session.page.reload();
  await waitForBoard(session.page);
  await synced(session.page);
  await session.context.setOffline(true);
  await expect.poll(() => syncStatus(session.page).textContent()).toMatch(/Offline/);
}

/** The stages whose list holds the card: a card is in exactly one. */
async function stagesOf(page: Page, title: string): Promise<string[]> {
  const names = ['Opportunities', 'Framing', 'Exploring', 'Testing', 'Ready', 'In sprint', 'Released'];
  const found: string[] = [];
  for (const name of names) for (const other of await cardTitles(page, name)) if (other === title) found.push(name);
  return found;
}

/** Writes straight into this browser's IndexedDB, around the app, as a tampered client would. */
function forceWrite(page: Page, title: string, newTitle: string) {
  return page.evaluate(
    async ({ title, newTitle }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('product-lifecycle-board');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['initiatives', 'syncOutbox'], 'readwrite');
      const all = await new Promise<{ id: string; productId: string; title: string }[]>((resolve) => {
        const request = tx.objectStore('initiatives').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      const record = all.find((i) => i.title === title)!;
      tx.objectStore('initiatives').put({ ...record, title: newTitle });
      tx.objectStore('syncOutbox').add({ productId: record.productId, table: 'initiatives', key: record.id, fields: ['title'], at: Date.now() });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { title, newTitle },
  );
}

describe('team sync, two browsers through a real team server', () => {
  it('shares, invites an editor and a viewer: each sees the others live; the viewer cannot write, and the server refuses a forced write', async () => {
    const { a, b, board } = await aliceAndBob();
    await a.goto(`${board}/sharing`);
    const viewerLink = await createInvite(a, 'viewer');
    await a.goto(board);
    await waitForBoard(a);
    const chloe = await joinAs(viewerLink, 'Chloé');
    sessions.push(chloe);
    const c = chloe.page;

    // Presence: each sees who else is here.
    await expect.poll(() => a.getByRole('banner').getByText('Bob').count()).toBeGreaterThan(0);
    await expect.poll(() => a.getByRole('banner').getByText('Chloé').count()).toBeGreaterThan(0);

    // Alice moves, Bob renames: everyone sees both without a reload.
    await moveTo(a, ONBOARDING, 'Framing');
    await rename(b, PRICING, 'Usage-based pricing');
    for (const page of [a, b, c]) {
      await expect.poll(() => cardTitles(page, 'Framing')).toContain(ONBOARDING);
      await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Usage-based pricing']);
    }
    // Bob's change is signed with his name.
    await card(a, 'Usage-based pricing').click();
    await expect.poll(() => a.getByRole('dialog', { name: 'Usage-based pricing' }).getByText(/Last changed by Bob/).count()).toBe(1);
    // The card Alice has open shows her name on Bob's board, and the one she picks up says she moves it.
    await expect.poll(() => b.getByText('Alice has it open').count()).toBe(1);
    await a.keyboard.press('Escape');
    await expect.poll(() => a.getByRole('dialog', { name: 'Usage-based pricing' }).count()).toBe(0);
    await expect.poll(() => b.getByText('Alice has it open').count()).toBe(0);
    await card(a, OFFLINE).focus();
    await a.keyboard.press('Space');
    await expect.poll(() => b.getByText('Alice is moving it').count()).toBe(1);
    await a.keyboard.press('Escape');
    await expect.poll(() => b.getByText('Alice is moving it').count()).toBe(0);
    // A drop ends it too, once the move it made has reached the team.
    await a.keyboard.press('Space');
    await expect.poll(() => b.getByText('Alice is moving it').count()).toBe(1);
    await a.keyboard.press('End');
    await a.keyboard.press('Space');
    await expect.poll(async () => (await cardTitles(b, 'Framing')).at(-1)).toBe(OFFLINE);
    await expect.poll(() => b.getByText('Alice is moving it').count()).toBe(0);

    // The viewer reads everything, and every control that writes is disabled.
    expect(await c.getByRole('button', { name: `Move “${OFFLINE}” to…` }).isDisabled()).toBe(true);
    await card(c, OFFLINE).click();
    const details = c.getByRole('dialog', { name: OFFLINE }).getByRole('form', { name: 'Details' });
    expect(await details.getByLabel('Title').isDisabled()).toBe(true);
    await c.keyboard.press('Escape');
    await expect.poll(() => syncStatus(c).textContent()).toMatch(/Synced/);

    // A client that writes around the app is refused by the server: nobody else gets its change.
    await forceWrite(c, REMINDERS, 'Forced by a viewer');
    await rename(a, OFFLINE, 'Offline mode');
    await expect.poll(() => cardTitles(c, 'Framing')).toContain('Offline mode');
    await expect.poll(() => cardTitles(b, 'Framing')).toContain('Offline mode');
    expect(await cardTitles(a, 'Exploring')).toContain(REMINDERS);
    expect(await cardTitles(b, 'Exploring')).toContain(REMINDERS);

    // Everything is still there after a reload, from this browser's own copy.
    await b.reload();
    await waitForBoard(b);
    expect(await cardTitles(b, 'Opportunities')).toEqual(['Usage-based pricing']);
  });

  it('merges offline work field by field; the same card moved on both sides ends in one place', async () => {
    const { a, b } = await aliceAndBob();
    const bob = sessions.at(-1)!;
    await goOffline(bob);

    // Alice renames the card while Bob, offline, writes its summary; both move the same card.
    await rename(a, ONBOARDING, 'Self-serve onboarding');
    await card(b, ONBOARDING).click();
    const summary = b.getByRole('dialog', { name: ONBOARDING }).getByLabel('Summary');
    await summary.fill('Written on a train.');
    await expect.poll(() => b.getByRole('dialog', { name: ONBOARDING }).getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    await b.keyboard.press('Escape');
    await moveTo(a, PRICING, 'Framing');
    await moveTo(b, PRICING, 'Opportunities');
    await moveTo(b, OFFLINE, 'Opportunities');
    await expect.poll(() => syncStatus(b).textContent()).toMatch(/Offline/);

    await bob.context.setOffline(false);
    await synced(b);
    for (const page of [a, b]) {
      await expect.poll(() => cardTitles(page, 'Opportunities')).toContain('Self-serve onboarding');
      await expect.poll(() => cardTitles(page, 'Opportunities')).toContain(OFFLINE);
    }
    const where = await stagesOf(a, PRICING);
    expect(where).toHaveLength(1);
    await expect.poll(() => stagesOf(b, PRICING)).toEqual(where);
    for (const page of [a, b]) {
      await card(page, 'Self-serve onboarding').click();
      await expect.poll(() => page.getByRole('dialog', { name: 'Self-serve onboarding' }).getByLabel('Summary').inputValue()).toBe('Written on a train.');
      await page.keyboard.press('Escape');
    }
  });

  it('keeps an edit made to a card deleted elsewhere: it can be restored from the archive, with the edit', async () => {
    const { a, b, board } = await aliceAndBob();
    const bob = sessions.at(-1)!;
    await goOffline(bob);
    await card(b, REMINDERS).click();
    await b.getByRole('dialog', { name: REMINDERS }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => cardTitles(b, 'Exploring')).not.toContain(REMINDERS);
    await rename(a, REMINDERS, 'Reminders a week before renewal');

    await bob.context.setOffline(false);
    await synced(b);
    await expect.poll(() => cardTitles(a, 'Exploring')).not.toContain('Reminders a week before renewal');
    await a.goto(`${board}/archive`);
    // The Deleted table says who deleted it (a solo product's has no such column).
    const deletedRow = a.getByRole('row').filter({ hasText: 'Reminders a week before renewal' });
    await expect.poll(() => deletedRow.getByRole('cell', { name: 'Bob', exact: true }).count()).toBe(1);
    await a.getByRole('button', { name: 'Restore “Reminders a week before renewal”' }).click();
    await expect.poll(() => a.getByText('“Reminders a week before renewal” is back on the board.').count()).toBe(1);
    await a.goto(board);
    await waitForBoard(a);
    for (const page of [a, b]) await expect.poll(() => cardTitles(page, 'Exploring')).toContain('Reminders a week before renewal');
  });

  it('undoes only your own change, and keeps a teammate’s newer value of the same field', async () => {
    const { a, b } = await aliceAndBob();
    await rename(a, ONBOARDING, 'Onboarding by Alice');
    await rename(b, PRICING, 'Pricing by Bob');
    await expect.poll(() => cardTitles(a, 'Opportunities')).toContain('Pricing by Bob');
    await a.locator('main').click({ position: { x: 5, y: 5 } });
    await a.keyboard.press('Control+z');
    for (const page of [a, b]) await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual([ONBOARDING, 'Pricing by Bob']);

    // Alice renames a card, Bob renames it after her: Alice's undo keeps Bob's title and says so.
    await rename(a, OFFLINE, 'Offline by Alice');
    await expect.poll(() => cardTitles(b, 'Framing')).toContain('Offline by Alice');
    await rename(b, 'Offline by Alice', 'Offline by Bob');
    await expect.poll(() => cardTitles(a, 'Framing')).toContain('Offline by Bob');
    await a.keyboard.press('Control+z');
    await expect.poll(() => a.getByText('1 record changed since then was left as it is.').count()).toBe(1);
    for (const page of [a, b]) expect(await cardTitles(page, 'Framing')).toContain('Offline by Bob');
  });

  it('disconnects a revoked member within 5 s, whose copy stays readable; refuses a bad invite before any data', async () => {
    const { a, b, board } = await aliceAndBob();
    await synced(b);
    await a.goto(`${board}/sharing`);
    await a.getByRole('button', { name: 'Remove Bob' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => syncStatus(b).textContent(), { timeout: 5_000 }).toMatch(/Connection refused/);
    await expect.poll(() => b.getByRole('button', { name: `Move “${ONBOARDING}” to…` }).isDisabled()).toBe(true);
    expect(await cardTitles(b, 'Opportunities')).toContain(ONBOARDING);

    const link = new URL(await createInvite(a, 'editor'));
    const stranger = await openApp({ baseURL: node.url, path: `${link.pathname}#not-the-secret` });
    sessions.push(stranger);
    await stranger.page.getByLabel('Your name').fill('Mallory');
    await stranger.page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => stranger.page.getByRole('alert').textContent()).toMatch(/invite/i);
    expect(await stranger.page.locator('.card__title').count()).toBe(0);
  });
});
