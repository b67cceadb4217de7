import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const liveRegion = (page: Page) => page.getByTestId('live-region').textContent();
const horizon = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const titlesIn = (page: Page, name: string) => horizon(page, name).locator('.roadmap-item__title').allTextContents();

describe('value × effort matrix and roadmap', () => {
  it('places the sample’s scored cards in their quadrants, each a keyboard-reachable link', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await page.getByRole('link', { name: 'Value × effort matrix' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Value × effort of Sample product');
    await expect.poll(() => page.getByText('The lines sit at the median value (312.5) and the median effort (3.5) of the 4 scored initiatives', { exact: false }).count()).toBe(1);

    // The list alternative, quadrant by quadrant.
    const quadrant = (name: string) => page.getByRole('list', { name, exact: true }).getByRole('link').allTextContents();
    expect(await quadrant('Quick wins')).toEqual(['Self-serve onboarding for small teams']);
    expect(await quadrant('Big bets')).toEqual(['Offline mode for field technicians']);
    expect(await quadrant('Fill-ins')).toEqual(['Shared shopping lists']);
    expect(await quadrant('Money pit')).toEqual(['Usage-based pricing tier']);
    // Shipped (Released), killed and parked initiatives are decided: left out unless asked for.
    expect(await quadrant('Not scored yet')).toContain('Invoice PDF redesign');
    expect(await quadrant('Not scored yet')).not.toContain('Dark mode');
    await expectNoSeriousA11yViolations(page);

    // The chart's points come right after the lines' controls, quick wins first, named with their figures.
    await page.getByRole('button', { name: 'Set the lines' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Self-serve onboarding for small teams: value 640, effort 3, Quick wins');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Offline mode for field technicians: value 400, effort 5, Big bets');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Offline mode for field technicians' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('splits the matrix at the product’s own lines when set, and shows the decided initiatives on demand', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('navigation', { name: 'Product', exact: true }).getByRole('link', { name: 'Matrix' }).click();
    const quadrant = (name: string) => page.getByRole('list', { name, exact: true }).getByRole('link').allTextContents();
    await expect.poll(() => quadrant('Fill-ins')).toEqual(['Shared shopping lists']);

    await page.getByRole('button', { name: 'Set the lines' }).click();
    const form = page.getByRole('form', { name: 'Where the matrix splits high from low' });
    await form.getByLabel('Value line').fill('-3');
    await form.getByRole('button', { name: 'Save the lines' }).click();
    await expect.poll(() => form.getByText('Give a number, 0 or more.').count()).toBe(1);
    expect(await quadrant('Fill-ins')).toEqual(['Shared shopping lists']);
    await form.getByLabel('Value line').fill('200');
    await form.getByLabel('Effort line').fill('4.5');
    await form.getByRole('button', { name: 'Save the lines' }).click();
    await expect.poll(() => page.getByText('The lines sit at this product’s own thresholds: value 200, effort 4.5', { exact: false }).count()).toBe(1);
    expect(await quadrant('Quick wins')).toEqual(['Self-serve onboarding for small teams', 'Shared shopping lists']);
    await page.reload();
    await expect.poll(() => quadrant('Quick wins')).toEqual(['Self-serve onboarding for small teams', 'Shared shopping lists']);
    await page.getByRole('button', { name: 'Use the medians' }).click();
    await expect.poll(() => quadrant('Fill-ins')).toEqual(['Shared shopping lists']);

    await page.getByRole('checkbox', { name: 'Show shipped, killed and parked initiatives' }).check();
    const shown = (title: string) => page.getByRole('main').getByRole('link', { name: title }).count();
    await expect.poll(() => shown('Dark mode')).toBeGreaterThan(0);
    expect(await shown('Gamified streaks')).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?done=1');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('moves an initiative to another horizon for good, exports it as Markdown, and prints without the toolbar', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Roadmap of Sample product');
    // Released cards have shipped: they are not "Now" but in the Released column.
    await expect.poll(() => titlesIn(page, 'Now')).toEqual(['Invoice PDF redesign', 'Accessibility audit fixes']);
    expect(await titlesIn(page, 'Released')).toEqual(['Two-factor authentication', 'Dark mode']);
    expect(await horizon(page, 'Released').getByLabel('Horizon of “Dark mode”').count()).toBe(0);
    expect(await horizon(page, 'Later').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Small teams succeed in their first week',
      'Customers stay because we never surprise them',
      'No objective',
    ]);
    await expectNoSeriousA11yViolations(page);

    // Later by its lane, moved to Now: the select keeps the focus in its new column.
    await horizon(page, 'Later').getByLabel('Horizon of “Shared shopping lists”').selectOption({ label: 'Now' });
    await expect.poll(() => liveRegion(page)).toBe('“Shared shopping lists” moved to Now.');
    await expect.poll(() => titlesIn(page, 'Now')).toContain('Shared shopping lists');
    expect(await titlesIn(page, 'Later')).not.toContain('Shared shopping lists');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.querySelector('h2')?.textContent)).toBe('Now');
    await page.reload();
    const moved = horizon(page, 'Now').getByRole('listitem').filter({ hasText: 'Shared shopping lists' });
    await expect.poll(() => moved.getByText('Moved by hand').count()).toBe(1);
    expect(await moved.getByLabel('Horizon of “Shared shopping lists”').inputValue()).toBe('now');

    // The Markdown file says the same, the moved item under Now.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^roadmap-sample-product-\d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.startsWith('# Roadmap — Sample product\n\n## Released\n\n### Customers stay because we never surprise them\n\n- **Two-factor authentication** (Released, Camille)\n')).toBe(true);
    expect(markdown).toContain('## Now\n\n### Customers stay because we never surprise them\n\n- **Invoice PDF redesign** (In sprint, Hugo)\n');
    const now = markdown.slice(markdown.indexOf('## Now'), markdown.indexOf('## Next'));
    // In board order: the Strategy card before the Delivery ones.
    expect(now).toContain('### No objective\n\n- **Shared shopping lists** (Framing, Léa) — RICE 112.5\n- **Accessibility audit fixes** (In sprint, Inès)\n');
    expect(markdown).toContain('## Later\n\n### Small teams succeed in their first week\n\n- **Self-serve onboarding for small teams** (Opportunities, Camille) — RICE 213.3\n');

    // Copy Markdown puts the same text on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => page.getByText('Roadmap copied as Markdown.').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    // On paper: the roadmap without the app's header, the buttons or the horizon selects.
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Product', exact: true }).isVisible()).toBe(false);
    expect(await page.getByLabel('Horizon of “Invoice PDF redesign”').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Roadmap of Sample product' }).isVisible()).toBe(true);
    expect(await page.locator('.roadmap-item').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);

    // Back to automatic: it follows its lane again.
    await horizon(page, 'Now').getByLabel('Horizon of “Shared shopping lists”').selectOption({ label: 'Automatic (Later)' });
    await expect.poll(() => liveRegion(page)).toBe('“Shared shopping lists” follows the board again: Later.');
    await expect.poll(() => titlesIn(page, 'Later')).toContain('Shared shopping lists');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks French', async () => {
    const { page, context } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Feuille de route', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Feuille de route de Produit exemple');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Livré', 'Maintenant', 'Ensuite', 'Plus tard']);
    await expect.poll(() => horizon(page, 'Plus tard').getByText('Sans objectif').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('link', { name: 'Page stratégie' }).click();
    await page.getByRole('link', { name: 'Matrice valeur × effort' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Gains rapides', exact: true }).getByRole('link').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
