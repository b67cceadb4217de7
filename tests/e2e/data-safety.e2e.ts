import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, drag, newTab, openApp, openTab, stagePoint, waitForBoard, withBrowser } from './harness';

withBrowser();

const BULK = 'Bulk import from spreadsheets';
const drawer = (page: Page) => page.getByRole('dialog', { name: BULK });
const hypotheses = (scope: Locator) => scope.getByRole('region', { name: 'Hypotheses' }).getByRole('heading', { name: /^\d+\. We believe that/ });
const storyHeadings = (scope: Locator) => scope.getByRole('region', { name: 'Stories' }).getByRole('heading', { level: 4 });

/** The interviews and hypotheses the product's lists show, to see the cascade in them too. */
async function research(page: Page) {
  await page.getByRole('link', { name: 'Interviews', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Interviews of / }).waitFor();
  await page.getByRole('link', { name: /^Interview with / }).first().waitFor();
  const names = await page.getByRole('link', { name: /^Interview with / }).evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
  await page.goBack();
  await waitForBoard(page);
  return names.map((name) => name.slice('Interview with '.length).split(',')[0]!).sort();
}

/**
 * Runs before the app: once window.__quotaFull is set, every IndexedDB put and add throws the
 * browser's QuotaExceededError, as a full disk does. A reload clears the flag.
 */
function failWritesWhenFull() {
  const full = () => (window as unknown as { __quotaFull?: boolean }).__quotaFull === true;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
}

interface Stored {
  initiatives: { title: string; summary: string }[];
  activity: number;
}

/** What the database holds, read straight from IndexedDB (reads still work when the disk is full). */
function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('product-lifecycle-board');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['initiatives', 'activity'], 'readonly');
          const initiatives = tx.objectStore('initiatives').getAll();
          const activity = tx.objectStore('activity').count();
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            db.close();
            resolve({ initiatives: (initiatives.result as Stored['initiatives']).map(({ title, summary }) => ({ title, summary })), activity: activity.result });
          };
        };
      }),
  );
}

const STORAGE_MESSAGE = 'Your change could not be saved: this browser’s storage is unavailable or full. What you typed is still here; free some space or try again.';

describe('data safety', () => {
  it('deletes an initiative with its stories, hypotheses and interviews; Ctrl+Z brings all back, Ctrl+Shift+Z removes them again', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, BULK).click();
    const bulk = drawer(page);
    await openTab(bulk, 'Delivery');
    await bulk.getByRole('region', { name: 'Stories' }).getByRole('button', { name: 'Write a story' }).click();
    const write = page.getByRole('dialog', { name: 'Write a story' });
    await write.getByLabel('I want').fill('to upload a CSV of contacts');
    await write.getByRole('button', { name: 'Write story' }).click();
    await expect.poll(() => storyHeadings(bulk).count()).toBe(1);
    await openTab(bulk, 'Discovery');
    await expect.poll(() => hypotheses(bulk).count()).toBe(2);
    const beliefs = await hypotheses(bulk).allTextContents();
    await page.keyboard.press('Escape');
    await expect.poll(() => bulk.count()).toBe(0);
    const interviewsBefore = await research(page);
    expect(interviewsBefore).toEqual(expect.arrayContaining(['Marc', 'Nadia']));

    await card(page, BULK).click();
    await drawer(page).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText(`“${BULK}” deleted.`).count()).toBe(1);
    await expect.poll(() => cardTitles(page, 'Testing')).not.toContain(BULK);
    expect(await research(page)).toEqual(interviewsBefore.filter((name) => name !== 'Marc' && name !== 'Nadia'));

    // Ctrl+Z, from the board (not in a text field): everything is back.
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cardTitles(page, 'Testing')).toContain(BULK);
    await card(page, BULK).click();
    await openTab(drawer(page), 'Discovery');
    await expect.poll(() => hypotheses(drawer(page)).allTextContents()).toEqual(beliefs);
    await openTab(drawer(page), 'Delivery');
    await expect.poll(() => storyHeadings(drawer(page)).allTextContents()).toEqual(['1. to upload a CSV of contacts']);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer(page).count()).toBe(0);
    expect(await research(page)).toEqual(interviewsBefore);

    // Ctrl+Shift+Z: gone again, and still gone after a reload.
    await page.locator('body').focus();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => cardTitles(page, 'Testing')).not.toContain(BULK);
    await page.reload();
    await waitForBoard(page);
    expect(await cardTitles(page, 'Testing')).not.toContain(BULK);
    expect(await research(page)).toEqual(interviewsBefore.filter((name) => name !== 'Marc' && name !== 'Nadia'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the storage full, says so, writes nothing, keeps the input on screen and in drafts, and offers the export; a reload saves it', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await context.addInitScript(failWritesWhenFull);
    await page.reload();
    await waitForBoard(page);
    const before = await stored(page);
    await page.evaluate(() => ((window as unknown as { __quotaFull: boolean }).__quotaFull = true));

    // An edit of a summary: refused with the reason, the text stays in the field.
    await card(page, BULK).click();
    const summary = drawer(page).getByLabel('Summary');
    await summary.fill('Typed while the disk was full');
    const alert = page.getByRole('alert').filter({ hasText: STORAGE_MESSAGE });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await summary.inputValue()).toBe('Typed while the disk was full');
    expect(await alert.getByRole('button', { name: 'Export a backup' }).count()).toBe(1);
    // Closing the page tries once more to save, and says so again; the user reads and dismisses.
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer(page).count()).toBe(0);
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    while ((await page.getByRole('alert').count()) > 0) await page.getByRole('alert').first().getByRole('button', { name: 'Dismiss' }).click();

    // A new initiative: refused the same way, the dialog stays open with what was typed.
    await page.getByRole('button', { name: 'New initiative', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New initiative' });
    await create.getByLabel('Title').fill('Created while the disk was full');
    await create.getByRole('button', { name: 'Create initiative' }).click();
    await expect.poll(() => create.getByRole('alert').filter({ hasText: STORAGE_MESSAGE }).count()).toBe(1);
    expect(await create.getByLabel('Title').inputValue()).toBe('Created while the disk was full');
    expect(await stored(page)).toEqual(before);

    // The notice's action leads to the Data page, whose export still works.
    await create.getByRole('button', { name: 'Export a backup' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/settings/data');
    expect(await stored(page)).toEqual(before);

    // Space freed (the flag goes with the reload): the drafts come back and are saved.
    await page.goto('/');
    await waitForBoard(page);
    await card(page, BULK).click();
    await expect.poll(() => drawer(page).getByLabel('Summary').inputValue()).toBe('Typed while the disk was full');
    await expect.poll(async () => (await stored(page)).initiatives.find((i) => i.title === BULK)?.summary).toBe('Typed while the disk was full');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'New initiative', exact: true }).click();
    await expect.poll(() => create.getByLabel('Title').inputValue()).toBe('Created while the disk was full');
    await create.getByRole('button', { name: 'Create initiative' }).click();
    await expect.poll(() => cardTitles(page, 'Opportunities')).toContain('Created while the disk was full');
    expect((await stored(page)).initiatives.filter((i) => i.title === 'Created while the disk was full')).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs editing the same product, even the same initiative at the same time: every edit is kept, and both tabs show all of them', async () => {
    const session = await openApp();
    const { page: a, context, errors } = session;
    await waitForBoard(a);
    const b = await newTab(session, '/');
    await waitForBoard(b);
    const PRICING = 'Usage-based pricing tier';
    const details = (page: Page, title: string) => page.getByRole('dialog', { name: title }).getByRole('form', { name: 'Details' });

    // Both tabs open X; tab B also renames Y first.
    await card(b, PRICING).click();
    await details(b, PRICING).getByLabel('Title').fill('Usage-based pricing');
    await expect.poll(() => details(b, 'Usage-based pricing').getByRole('status').textContent()).toBe('All changes saved');
    await b.keyboard.press('Escape');
    await card(a, BULK).click();
    await card(b, BULK).click();
    await expect.poll(() => details(b, BULK).getByLabel('Summary').inputValue()).toBe('Upload a CSV of contacts and map its columns.');

    // At the same time: A types X's summary, B types X's problem; both save.
    await details(a, BULK).getByLabel('Summary').fill('Summary typed in tab A');
    await details(b, BULK).getByLabel('Problem statement').fill('Problem typed in tab B');
    for (const page of [a, b]) await expect.poll(() => details(page, BULK).getByRole('status').textContent()).toBe('All changes saved');

    for (const page of [a, b]) {
      await expect.poll(() => details(page, BULK).getByLabel('Summary').inputValue()).toBe('Summary typed in tab A');
      await expect.poll(() => details(page, BULK).getByLabel('Problem statement').inputValue()).toBe('Problem typed in tab B');
      await page.keyboard.press('Escape');
      await expect.poll(() => cardTitles(page, 'Opportunities')).toContain('Usage-based pricing');
    }
    await a.reload();
    await waitForBoard(a);
    await card(a, BULK).click();
    await expect.poll(() => details(a, BULK).getByLabel('Summary').inputValue()).toBe('Summary typed in tab A');
    expect(await details(a, BULK).getByLabel('Problem statement').inputValue()).toBe('Problem typed in tab B');
    expect(await cardTitles(a, 'Opportunities')).toContain('Usage-based pricing');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rapid edits then a drop at once: after a reload, the last text and the new stage are both there', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, BULK).click();
    const summary = drawer(page).getByLabel('Summary');
    await summary.fill('');
    await summary.pressSequentially('One two three four five', { delay: 25 });
    await page.keyboard.press('Escape');
    await drag(page, card(page, BULK), await stagePoint(page, 'Exploring', 'bottom'));
    await expect.poll(() => cardTitles(page, 'Exploring')).toContain(BULK);
    await page.reload();
    await waitForBoard(page);
    // The drop may still be replayed from its journal after the board first shows: wait for it.
    await expect.poll(() => cardTitles(page, 'Exploring')).toContain(BULK);
    expect(await cardTitles(page, 'Testing')).not.toContain(BULK);
    await card(page, BULK).click();
    await expect.poll(() => drawer(page).getByLabel('Summary').inputValue()).toBe('One two three four five');
    // And the database agrees.
    await expect.poll(async () => (await stored(page)).initiatives.find((i) => i.title === BULK)?.summary).toBe('One two three four five');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a browser that refuses storage, says so plainly instead of failing silently', async () => {
    const { page, context, errors } = await openApp({ path: 'about:blank' });
    // As in some private windows: no IndexedDB at all.
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
    await page.goto('/');
    const notice = page.locator('.notice', { hasText: 'This browser does not let the app store anything' });
    await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(1);
    // The shell stays, with its header, rather than a blank page.
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(errors.filter((e) => !/MissingAPIError|IndexedDB|indexedDB/.test(e))).toEqual([]);
    await context.close();
  });
});
