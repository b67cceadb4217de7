import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, drag, openApp, stagePoint, waitForBoard, withBrowser } from './harness';

withBrowser();

const DRAG_CODE = /\/assets\/drag-kit-[^/]+\.js$/;

/** Holds the board's drag code on its way to the page until `release` is called. */
async function holdDragCode(page: Page) {
  const asked: Route[] = [];
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(DRAG_CODE, async (route) => {
    asked.push(route);
    await released;
    await route.continue();
  });
  return { asked: () => asked.length, release };
}

const liveRegion = (page: Page) => page.getByTestId('live-region');

/** A first visit's board whose drag code is held back, with the mouse pressed on the middle of a card. */
async function pressWhileHeld(title: string) {
  const { page, context } = await openApp();
  await waitForBoard(page);
  const hold = await holdDragCode(page);
  const box = (await card(page, title).boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  return { page, context, hold, start };
}

/** A first visit's board whose drag code is held back, with Space pressed on a focused card. */
async function spaceWhileHeld(title: string) {
  const { page, context } = await openApp();
  await waitForBoard(page);
  const hold = await holdDragCode(page);
  await card(page, title).focus();
  await page.keyboard.press('Space');
  return { page, context, hold };
}

describe('the board before its drag code has loaded', () => {
  it('loads no drag code on a visit that only looks at the board', async () => {
    const { page, context } = await openApp();
    const hold = await holdDragCode(page);
    await waitForBoard(page);
    await page.waitForLoadState('networkidle');
    expect(hold.asked()).toBe(0);
    await card(page, 'Usage-based pricing tier').hover();
    await expect.poll(hold.asked).toBe(1);
    hold.release();
    await context.close();
  });

  it('picks up a card pressed and moved while the drag code loads, and drops it', async () => {
    const { page, context, hold, start } = await pressWhileHeld('Usage-based pricing tier');
    await page.mouse.move(start.x + 10, start.y + 10, { steps: 3 });
    await expect.poll(hold.asked).toBe(1);
    hold.release();
    await expect.poll(() => liveRegion(page).textContent()).toMatch(/^Picked up Usage-based pricing tier/);
    const to = await stagePoint(page, 'Testing', 'bottom');
    await page.mouse.move(to.x, to.y, { steps: 15 });
    await expect.poll(() => liveRegion(page).textContent()).toMatch(/Discovery lane, Testing stage, position 3 of 3/);
    await page.mouse.up();
    await expect.poll(() => cardTitles(page, 'Testing')).toEqual(['Bulk import from spreadsheets', 'In-app referral programme', 'Usage-based pricing tier']);
    await context.close();
  });

  it('does not pick up a card let go of before the drag code arrived', async () => {
    const { page, context, hold } = await pressWhileHeld('Usage-based pricing tier');
    const to = await stagePoint(page, 'Testing', 'bottom');
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(hold.asked).toBe(1);
    hold.release();
    // dnd-kit's own live region shows that its code has loaded. A press kept past its release would
    // have started a drag of that card: the next drag would then carry it instead of its own card.
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').count()).toBe(1);
    await drag(page, card(page, 'In-app referral programme'), await stagePoint(page, 'Testing', 'top'));
    await expect.poll(() => cardTitles(page, 'Testing')).toEqual(['In-app referral programme', 'Bulk import from spreadsheets']);
    expect(await cardTitles(page, 'Opportunities')).toEqual(['Self-serve onboarding for small teams', 'Usage-based pricing tier']);
    await context.close();
  });

  it('does not pick up a card whose Space was followed by Escape before the drag code arrived', async () => {
    const { page, context, hold } = await spaceWhileHeld('Shared shopping lists');
    await page.keyboard.press('Escape');
    await expect.poll(hold.asked).toBe(1);
    hold.release();
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').count()).toBe(1);
    // A held press is replayed in the task that mounts its draggable: a pick-up would show by now.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await liveRegion(page).textContent()).not.toContain('Picked up');
    expect(await page.locator('.card--overlay').count()).toBe(0);
    await page.keyboard.press('Space');
    await expect.poll(() => liveRegion(page).textContent()).toContain('Picked up Shared shopping lists.');
    await page.keyboard.press('Escape');
    await expect.poll(() => liveRegion(page).textContent()).toContain('Move cancelled. Shared shopping lists is back in Framing, position 2.');
    await context.close();
  });

  it('picks up a focused card with Space while the drag code loads, then moves it with the arrows', async () => {
    const { page, context, hold } = await spaceWhileHeld('Shared shopping lists');
    await expect.poll(hold.asked).toBe(1);
    hold.release();
    await expect.poll(() => liveRegion(page).textContent()).toContain('Picked up Shared shopping lists. Strategy lane, Framing stage, position 2 of 2.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => liveRegion(page).textContent()).toContain('position 1 of 2');
    await page.keyboard.press('Space');
    await expect.poll(() => cardTitles(page, 'Framing')).toEqual(['Shared shopping lists', expect.any(String)]);
    await context.close();
  });
});
