import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, expectNoSeriousA11yViolations, openApp, openTab, waitForBoard, withBrowser } from './harness';

withBrowser();

const tabNames = (drawer: Locator) => drawer.getByRole('tab').allTextContents();
const selectedTab = (drawer: Locator) => drawer.getByRole('tab', { selected: true }).textContent();
const focusedText = (page: Page) => page.evaluate(() => `${document.activeElement?.getAttribute('role')}:${document.activeElement?.textContent?.slice(0, 40)}`);
// The initiative's own URL, whatever tab it shows: /p/<product>/i/<initiative>.
const initiativeUrl = (page: Page) => page.url().replace(/(\/i\/[\w-]+).*$/, '$1');

describe('the initiative page as tabs', () => {
  it('shows what matters first, goes to the next step, moves with the arrow keys, deep-links and keeps its tab through a reload', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Bulk import from spreadsheets').click();
    const drawer = page.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    // The overview first, then its own lane (Discovery), the other lanes, its feedback, outcome and history.
    await expect.poll(() => tabNames(drawer)).toEqual(['Overview', 'Discovery', 'Strategy', 'Delivery', 'Feedback', 'Outcome', 'History']);
    expect(await selectedTab(drawer)).toBe('Overview');
    const overview = drawer.getByRole('tabpanel', { name: 'Overview' });
    await expect.poll(() => overview.locator('.glance__facts').textContent()).toContain('OwnerHugo');
    expect(await overview.locator('.glance__facts').textContent()).toContain(
      'Gate into DeliveryMissing a conclusion for the hypotheses still being tested and a user story that meets the Definition of Ready',
    );
    expect(await overview.getByLabel('Problem statement').inputValue()).toBe('New accounts copy hundreds of rows by hand in their first week.');
    await expectNoSeriousA11yViolations(page);

    // The next step opens the tab where it is done, and the focus goes to its panel.
    await overview.getByRole('link', { name: 'Conclude the tests under way' }).click();
    await expect.poll(() => selectedTab(drawer)).toBe('Discovery');
    expect(page.url()).toMatch(/\/i\/[\w-]+\/discovery$/);
    const discovery = drawer.getByRole('tabpanel', { name: 'Discovery' });
    await expect.poll(() => discovery.getByRole('region', { name: 'Hypotheses' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');

    // Arrow keys move between tabs and select them; Home and End go to the ends; the URL follows.
    await drawer.getByRole('tab', { name: 'Discovery' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedTab(drawer)).toBe('Strategy');
    expect(await focusedText(page)).toBe('tab:Strategy');
    await expect.poll(() => page.url()).toMatch(/\/strategy$/);
    await page.keyboard.press('End');
    await expect.poll(() => selectedTab(drawer)).toBe('History');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedTab(drawer)).toBe('Overview');
    await expect.poll(() => page.url()).toMatch(/\/i\/[\w-]+$/);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selectedTab(drawer)).toBe('History');
    await page.keyboard.press('Home');
    await expect.poll(() => selectedTab(drawer)).toBe('Overview');
    await page.keyboard.press('End');
    await expect.poll(() => selectedTab(drawer)).toBe('History');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await expect.poll(() => drawer.getByRole('tabpanel', { name: 'History' }).getByRole('heading', { name: 'Time in each lane' }).count()).toBe(1);

    // A reload keeps the tab.
    await page.reload();
    const reloaded = page.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    await expect.poll(() => selectedTab(reloaded)).toBe('History');
    await expect.poll(() => reloaded.getByRole('heading', { name: 'Time in each lane' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await openTab(reloaded, 'Outcome');
    await expect.poll(() => reloaded.getByText(/^The outcome is recorded once the initiative is released/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await openTab(reloaded, 'History');

    // A deep link to the Discovery tab opens it, in another window.
    const other = await context.newPage();
    await other.goto(`${initiativeUrl(page)}/discovery`);
    const linked = other.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    await expect.poll(() => selectedTab(linked)).toBe('Discovery');
    await expect.poll(() => linked.getByRole('tabpanel', { name: 'Discovery' }).getByRole('region', { name: 'Hypotheses' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(other);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in French: stories fold to one line and open as a disclosure, the tab survives a reload, and the page is axe clean', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await card(page, 'Nouvelle facture PDF').click();
    const drawer = page.getByRole('dialog', { name: 'Nouvelle facture PDF' });
    await expect.poll(() => tabNames(drawer)).toEqual(['Vue d’ensemble', 'Delivery', 'Stratégie', 'Discovery', 'Retours', 'Résultat', 'Historique']);
    await expect.poll(() => drawer.locator('.glance__facts').textContent()).toContain('User stories3/4 stories terminées · 4 prêtes');
    await expectNoSeriousA11yViolations(page);

    await openTab(drawer, 'Delivery');
    const stories = drawer.getByRole('region', { name: 'User stories' });
    const toggles = stories.getByRole('heading', { level: 4 }).getByRole('button');
    await expect.poll(() => toggles.count()).toBe(4);
    expect(await stories.getByRole('button', { expanded: true }).count()).toBe(0);
    expect(await stories.getByRole('form').count()).toBe(0);
    const first = toggles.first();
    // One line: what is wanted, the estimate, the status, the sprint and the checklists' progress.
    const line = stories.getByRole('article').first().locator('.story__line');
    const box = (await line.boundingBox())!;
    expect(box.height).toBeLessThan(48);
    const facts = await line.locator('.story__facts').textContent();
    for (const fact of ['5 points', 'Sprint 11', 'DoR 8/8', 'DoD 9/9']) expect(facts).toContain(fact);

    await first.click();
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => stories.getByRole('form', { name: 'Détails de la story 1' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    expect(await stories.getByRole('form').count()).toBe(0);

    await page.reload();
    const reloaded = page.getByRole('dialog', { name: 'Nouvelle facture PDF' });
    await expect.poll(() => selectedTab(reloaded)).toBe('Delivery');
    expect(page.url()).toMatch(/\/delivery$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [locale, title] of [
    ['en-US', 'Invoice PDF redesign'],
    ['fr-FR', 'Nouvelle facture PDF'],
  ] as const) {
    it(`keeps every tab of the sample's busiest initiative within two screens at 1440×900 (${locale})`, async () => {
      const { page, context } = await openApp({ locale });
      await waitForBoard(page);
      await card(page, title).click();
      const drawer = page.getByRole('dialog', { name: title });
      await expect.poll(() => drawer.getByRole('tab').count()).toBe(7);
      const heights: Record<string, number> = {};
      for (const name of await tabNames(drawer)) {
        await openTab(drawer, name);
        // Measured once the panel has drawn its content (its heading or first field).
        await drawer.getByRole('tabpanel').locator('h3, label').first().waitFor();
        heights[name] = await drawer.evaluate((el) => el.scrollHeight);
      }
      console.info(`Initiative tab heights, ${locale}, "${title}":`, JSON.stringify(heights));
      for (const height of Object.values(heights)) expect(height).toBeLessThanOrEqual(1800);
      await context.close();
    });
  }
});
