import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

/** A stage's header on the board, found by its heading. */
const stageHeader = (page: Page, stage: string) => page.locator('.stage__header', { has: page.getByRole('heading', { name: stage, exact: true }) });
const section = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

describe('flow metrics', () => {
  it('shows WIP, lane times, throughput and the cumulative flow, and a WIP limit set there shows on the board', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    // The sample's Testing stage is over its limit of 1.
    await expect.poll(() => stageHeader(page, 'Testing').textContent()).toContain('2 cards, over the limit of 1');
    expect(await stageHeader(page, 'Released').textContent()).toContain('2 cards');

    await page.getByRole('navigation', { name: 'Product', exact: true }).getByRole('link', { name: 'Metrics' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Flow metrics of Sample product');

    const wip = section(page, 'Work in progress');
    await expect.poll(() => wip.textContent()).toContain('9 initiatives in progress: 4 in Strategy, 3 in Discovery, 2 in Delivery.');
    // Released cards shipped: their outcome is being measured, they are no work in progress.
    expect(await wip.getByRole('row', { name: /^Released/ }).textContent()).toContain('Shipped, outcome being measured');
    expect(await wip.getByRole('row', { name: /^Testing/ }).textContent()).toContain('Over the limit by 1');

    const times = section(page, 'Time in each lane');
    for (const lane of ['Strategy', 'Discovery', 'Delivery']) expect(await times.getByRole('row', { name: new RegExp(`^${lane}`) }).textContent()).toMatch(/\d days.*\d days/);

    const throughput = section(page, 'Throughput');
    const bars = throughput.getByRole('img');
    expect(await bars.getAttribute('aria-label')).toBe('Bar chart of the initiatives shipped, killed or parked each week over the last 12 weeks: 6 shipped, 2 killed, 1 parked.');
    await throughput.getByText('Show the figures as a table').click();
    await expect.poll(() => throughput.getByRole('table').getByRole('row').count()).toBe(13);

    await expect.poll(() => section(page, 'Killed in Discovery').textContent()).toContain('20%');

    const flow = section(page, 'Cumulative flow');
    expect(await flow.locator('canvas').count()).toBe(1);
    expect(await flow.getByRole('img').getAttribute('aria-label')).toContain('Today: 4 in Strategy, 3 in Discovery, 4 in Delivery, 4 shipped.');
    await flow.getByText('Show the figures as a table').click();
    const lastRow = flow.getByRole('table').getByRole('row').last();
    expect(await lastRow.textContent()).toMatch(/^Today, /);
    expect(await flow.getByRole('columnheader').allTextContents()).toEqual(['End of the week', 'Strategy', 'Discovery', 'Delivery', 'Done (shipped)']);
    await expectNoSeriousA11yViolations(page);

    // A limit that is not a whole number from 1 to 999 is refused next to the field; 1 is taken.
    const limit = wip.getByLabel('WIP limit of Opportunities');
    await limit.fill('0');
    await expect.poll(() => wip.getByRole('alert').textContent()).toBe('A WIP limit is a whole number from 1 to 999, or empty for none.');
    await limit.fill('1');
    await expect.poll(() => wip.getByRole('row', { name: /^Opportunities/ }).textContent()).toContain('Over the limit by 1');
    expect(await wip.getByRole('alert').count()).toBe(0);

    await page.getByRole('link', { name: 'Back to the board' }).click();
    await waitForBoard(page);
    await expect.poll(() => stageHeader(page, 'Opportunities').textContent()).toContain('2 cards, over the limit of 1');
    expect(await stageHeader(page, 'Opportunities').locator('.wip-count--over').textContent()).toContain('2 / 1');
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => stageHeader(page, 'Opportunities').textContent()).toContain('2 cards, over the limit of 1');

    // Undo takes the limit away.
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe('Undo: change a WIP limit');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => stageHeader(page, 'Opportunities').locator('.wip-count').count()).toBe(0);
    expect(await stageHeader(page, 'Opportunities').textContent()).toContain('2 cards');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes sense for a new product', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Products', exact: true }).click();
    await page.getByLabel('Product name').fill('Empty');
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Board of Empty');
    await page.getByRole('link', { name: 'Metrics' }).click();
    await expect.poll(() => section(page, 'Work in progress').textContent()).toContain('0 initiatives in progress');
    expect(await section(page, 'Time in each lane').textContent()).toContain('No initiative has left a lane yet');
    expect(await section(page, 'Throughput').textContent()).toContain('Nothing shipped, killed or parked in the last 12 weeks');
    expect(await section(page, 'Killed in Discovery').textContent()).toContain('No initiative has finished Discovery yet.');
    expect(await section(page, 'Cumulative flow').textContent()).toContain('No initiatives yet');
    expect(await page.locator('canvas').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
