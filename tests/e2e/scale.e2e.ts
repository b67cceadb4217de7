import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProduct, writeProduct, type SeedRecords } from '../bench/seed.mjs';
import { card, openApp, pickUp, stageList, type Session, waitForBoard, withBrowser } from './harness';

withBrowser();

const CARDS = 2000;
let session: Session;
let records: SeedRecords;

/** A stage's card titles in board order, read from IndexedDB: the truth after a reload. */
function storedOrder(page: Page, stageKey: string): Promise<string[]> {
  const stageId = records.stages.find((s) => s.defaultKey === stageKey)!.id;
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('product-lifecycle-board');
        open.onsuccess = () => {
          const request = open.result.transaction('initiatives').objectStore('initiatives').getAll();
          request.onsuccess = () => {
            const cards = (request.result as { stageId: string; status: string; deletedAt: number | null; rank: string; id: string; title: string }[])
              .filter((c) => c.stageId === id && c.status === 'active' && c.deletedAt === null)
              .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : 1));
            open.result.close();
            resolve(cards.map((c) => c.title));
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    stageId,
  );
}

const scroller = (page: Page, stage: string) => stageList(page, stage).locator('xpath=..');

async function reloadBoard(page: Page) {
  await page.reload();
  await waitForBoard(page);
}

beforeAll(async () => {
  session = await openApp();
  await waitForBoard(session.page);
  records = buildProduct(CARDS, 7);
  await writeProduct(session.page, records);
  await session.page.goto(`/p/${records.product.id}`);
  await waitForBoard(session.page);
});

describe(`a board of ${CARDS} cards`, () => {
  it('renders only the visible cards and gives each its true position', async () => {
    const { page } = session;
    const list = stageList(page, 'Opportunities');
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(5);
    expect(await list.getByRole('listitem').count()).toBeLessThan(40);
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe('440');
    expect(await page.locator('.card__title').count()).toBeLessThan(250);
  });

  it('moves a card by keyboard to the bottom of a long stage, off screen, and it stays last after reload', async () => {
    const { page } = session;
    const first = (await storedOrder(page, 'framing'))[0]!;
    await card(stageList(page, 'Framing'), first).focus();
    await pickUp(page);
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('live-region').textContent()).toContain('Framing stage, position 280 of 280.');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedOrder(page, 'framing')).at(-1)).toBe(first);
    await reloadBoard(page);
    expect((await storedOrder(page, 'framing')).at(-1)).toBe(first);
  });

  it('moves an off-screen card out of its stage by keyboard', async () => {
    const { page } = session;
    const order = await storedOrder(page, 'exploring');
    const last = order.at(-1)!;
    await scroller(page, 'Exploring').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await card(stageList(page, 'Exploring'), last).focus();
    await pickUp(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedOrder(page, 'testing'))[1]).toBe(last);
    expect(await storedOrder(page, 'exploring')).toEqual(order.slice(0, -1));
  });

  it('drops at the top of a long stage at index 0, and at the bottom (auto-scrolling) last', async () => {
    const { page } = session;
    const [toTop, toBottom] = (await storedOrder(page, 'ready')).slice(0, 2);
    const target = scroller(page, 'Opportunities');

    let box = (await target.boundingBox())!;
    let from = (await card(stageList(page, 'Ready'), toTop!).boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 30, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 12 });
    await page.mouse.move(box.x + box.width / 2, box.y + 70, { steps: 2 });
    // Wait until the auto-scroll has gone back to the top, then drop above the first card.
    await expect.poll(() => target.evaluate((el) => el.scrollTop), { timeout: 5000 }).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 2 });
    await page.mouse.up();
    await expect.poll(async () => (await storedOrder(page, 'opportunities'))[0]).toBe(toTop);

    box = (await target.boundingBox())!;
    from = (await card(stageList(page, 'Ready'), toBottom!).boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 30, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8, { steps: 12 });
    await expect
      .poll(() => target.evaluate((el) => Math.ceil(el.scrollTop + el.clientHeight) >= el.scrollHeight), { timeout: 20_000, interval: 200 })
      .toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6, { steps: 2 });
    await page.mouse.up();
    await expect.poll(async () => (await storedOrder(page, 'opportunities')).at(-1)).toBe(toBottom);

    await reloadBoard(page);
    const opportunities = await storedOrder(page, 'opportunities');
    expect(opportunities[0]).toBe(toTop);
    expect(opportunities.at(-1)).toBe(toBottom);
    expect(await stageList(page, 'Opportunities').getByRole('listitem').first().getAttribute('aria-setsize')).toBe('442');
  }, 60_000);

  it('loses and duplicates no card when drags are cancelled', async () => {
    const { page } = session;
    const before = await Promise.all(['opportunities', 'framing', 'testing'].map((k) => storedOrder(page, k)));
    const moving = before[1]![3]!;
    const from = (await card(stageList(page, 'Framing'), moving).boundingBox())!;
    const to = (await scroller(page, 'Testing').boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 30, { steps: 3 });
    await page.mouse.move(to.x + 50, to.y + 200, { steps: 10 });
    await page.keyboard.press('Escape');
    await page.mouse.up();

    await card(stageList(page, 'Framing'), moving).focus();
    await pickUp(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');

    const after = await Promise.all(['opportunities', 'framing', 'testing'].map((k) => storedOrder(page, k)));
    expect(after).toEqual(before);
    const titles = await page.locator('.card__title').allTextContents();
    expect(titles.filter((t) => t === moving)).toHaveLength(1);
    await expect.poll(() => page.locator('.card--placeholder').count()).toBe(0);
  });

  it('filters 2,000 cards as the user types, keeps the filter in the URL and after a reload', async () => {
    const { page } = session;
    await page.getByRole('searchbox', { name: 'Search initiatives' }).pressSequentially('export');
    await expect.poll(() => page.locator('.board').getAttribute('data-filter-applied')).toBe('export');
    expect(page.url()).toContain('?q=export');
    const titles = await page.locator('.card__title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.toLowerCase().includes('export'))).toBe(true);
    await page.getByLabel('Owner', { exact: true }).fill('Yuki');
    await expect.poll(async () => (await page.locator('.card__owner').allTextContents()).every((o) => o === 'Yuki')).toBe(true);
    await reloadBoard(page);
    expect(await page.getByRole('searchbox', { name: 'Search initiatives' }).inputValue()).toBe('export');
    await expect.poll(() => page.getByText(/cards shown/).first().textContent()).toMatch(/^\d+ of 2,?000 cards shown$/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(page.url()).not.toContain('?');
  });
});
