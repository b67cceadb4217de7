import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const WORDS = {
  en: { locale: 'en-US', list: 'List', heading: 'Initiatives of Sample product', count: '11 initiatives', score: 'Score (RICE)', owner: 'Owner', columns: 'Columns', export: 'Export CSV', first: 'Self-serve onboarding for small teams', owners: 'Owner', tag: 'Tag', shown: '2 of 11 initiatives shown' },
  fr: { locale: 'fr-FR', list: 'Liste', heading: 'Initiatives de Produit exemple', count: '11 initiatives', score: 'Score (RICE)', owner: 'Responsable', columns: 'Colonnes', export: 'Exporter en CSV', first: 'Onboarding en libre-service pour les petites équipes', owners: 'Responsable', tag: 'Étiquette', shown: '2 initiatives affichées sur 11' },
} as const;

const rows = (page: Page) => page.locator('tbody tr[data-index]');
const rowTitles = (page: Page) => rows(page).locator('td:first-child').allTextContents();

describe.each(Object.entries(WORDS))('list view (%s)', (_language, w) => {
  it('shows the sample, sorts by score, hides a column, filters like the board and exports what is shown', async () => {
    const { page, context, errors } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    await page.getByRole('link', { name: w.list, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(w.heading);
    await expect.poll(() => rows(page).count()).toBe(11);
    expect(await page.getByText(w.count, { exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // Sorting by score puts the highest first; a second click, the lowest scored first; the unscored stay last.
    const score = page.getByRole('columnheader', { name: w.score });
    await score.getByRole('button').click();
    await expect.poll(() => score.getAttribute('aria-sort')).toBe('descending');
    expect((await rowTitles(page))[0]).toBe(w.first);
    expect(page.url()).toContain('sort=-score');
    await score.getByRole('button').press('Enter');
    await expect.poll(() => score.getAttribute('aria-sort')).toBe('ascending');
    expect((await rowTitles(page))[0]).not.toBe(w.first);

    // A hidden column stays hidden after a reload, like the sort in the URL.
    await page.getByText(w.columns, { exact: true }).click();
    await page.getByRole('group').getByRole('checkbox', { name: w.owner }).uncheck();
    await expect.poll(() => page.getByRole('columnheader', { name: w.owner }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(11);
    expect(await page.getByRole('columnheader', { name: w.owner }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: w.score }).getAttribute('aria-sort')).toBe('ascending');

    // The board's filters, in the same URL parameters.
    await page.getByLabel(w.tag, { exact: true }).fill('activation');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await page.getByText(w.shown).count()).toBe(1);
    expect(page.url()).toMatch(/tag=activation.*sort=score|sort=score.*tag=activation/);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.export }).click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(w.score);
    expect(lines[0]).not.toContain(w.owner);
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([...(await rowTitles(page))].sort());
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves between rows with the keys and opens one with Enter', async () => {
    const { page, context } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    await page.getByRole('link', { name: w.list, exact: true }).click();
    await expect.poll(() => rows(page).count()).toBe(11);
    await rows(page).first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('12');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe('3');
    const title = (await rowTitles(page))[1]!;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: title }).count()).toBe(1);
    expect(page.url()).toMatch(/\/i\//);
    await context.close();
  });
});

describe('list view on a phone', () => {
  it('shows each initiative as stacked lines, with nothing scrolling sideways', async () => {
    const { page, context } = await openApp({ viewport: { width: 390, height: 844 } });
    await waitForBoard(page);
    await page.goto(page.url().replace(/\/?$/, '/list'));
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const box = (await rows(page).first().boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
