import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

/**
 * 15 January 2025, 09:00 UTC: the sample's history is in days ago, so the review opens on
 * December 2024, 15 to 45 days before, where what happened is known (src/db/sample/en.ts).
 */
const TIME = '2025-01-15T09:00:00Z';

/** The links of a group of the review, found by its heading. */
const group = (page: Page, name: string) => page.getByRole('list', { name, exact: true }).getByRole('link').allTextContents();
const h2s = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();

/** Opens the review as a user does: from the sidebar's views. */
async function openReview(page: Page) {
  await waitForBoard(page);
  await page.getByRole('navigation', { name: 'Product', exact: true }).getByRole('link', { name: 'Product review', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Product review of Sample product');
}

describe('the product review', () => {
  it('opens on the last complete month from the sidebar and lists what happened in it', async () => {
    const { page, context, errors } = await openApp({ time: TIME });
    await openReview(page);
    expect(new URL(page.url()).pathname).toMatch(/^\/p\/[^/]+\/review$/);
    const period = page.getByLabel('Period', { exact: true });
    await expect.poll(() => period.inputValue()).toBe('2024-12');
    expect(await h2s(page)).toEqual(['What moved between lanes', 'What Discovery learned', 'What shipped, and its outcomes', 'Objectives’ progress', 'Rituals and action items']);
    expect(await group(page, 'Into Discovery')).toEqual(['In-app referral programme', 'Bulk import from spreadsheets']);
    expect(await group(page, 'Into Delivery')).toEqual(['Calendar export', 'Weekly summary email', 'Invoice PDF redesign']);
    expect(await page.getByRole('list', { name: 'Back to an earlier lane' }).count()).toBe(0);
    expect(await group(page, 'Hypotheses found inconclusive')).toEqual(['Putting the due date and a payment link at the top of the invoice']);
    expect(await group(page, 'Interviews held · 3 interviews')).toEqual(['Thomas', 'Nadia', 'Marc']);
    // Released cards have shipped, and count where they entered Released.
    expect(await group(page, 'Shipped')).toEqual(['Faster search results', 'Dark mode', 'Two-factor authentication']);
    expect(await group(page, 'Killed and parked')).toEqual(['Marketplace for templates', 'Gamified streaks']);
    await expect.poll(() => page.getByText('Promising, but not before we reach 1,000 paying teams.').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 3, name: /Customers stay because we never surprise them/ }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Open action items' }).getByRole('listitem').count()).toBe(2);
    await expectNoSeriousA11yViolations(page);

    // The title links to the initiative.
    await page.getByRole('list', { name: 'Shipped' }).getByRole('link', { name: 'Dark mode' }).click();
    await page.getByRole('dialog', { name: 'Dark mode' }).waitFor();
    await page.goBack();
    await expect.poll(() => group(page, 'Shipped')).toEqual(['Faster search results', 'Dark mode', 'Two-factor authentication']);

    // The month so far: in the URL, kept on reload, said not to be over.
    await period.selectOption({ label: 'January 2025 (so far)' });
    await expect.poll(() => new URL(page.url()).search).toBe('?period=2025-01');
    await page.reload();
    await expect.poll(() => group(page, 'Shipped')).toEqual(['Calendar export', 'Weekly summary email']);
    expect(await group(page, 'Into Discovery')).toEqual(['Smart reminders before renewal']);
    expect(await page.getByText('This period is not over: its figures may still change.').count()).toBe(1);

    // A sprint: its own dates.
    const sprint11 = await page.locator('option', { hasText: 'Sprint 11' }).getAttribute('value');
    await period.selectOption(sprint11!);
    await expect.poll(() => page.getByText('Sprint 11: Dec 27, 2024 – Jan 9, 2025').count()).toBe(1);
    expect(await group(page, 'Shipped')).toEqual(['Two-factor authentication', 'Calendar export', 'Weekly summary email']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in a sentence that a part is empty, for a period opened from its link', async () => {
    const { page, context } = await openApp({ time: TIME });
    await openReview(page);
    await page.goto(`${new URL(page.url()).pathname}?period=2023-05`);
    await expect.poll(() => page.getByLabel('Period', { exact: true }).inputValue()).toBe('2023-05');
    for (const sentence of [
      'No initiative moved between lanes in this period.',
      'No hypothesis was decided, no experiment concluded and no interview held in this period.',
      'Nothing was shipped, measured, killed or parked in this period.',
      'No objective covers this period.',
      'No ritual was held in this period.',
    ]) {
      expect(await page.getByText(sentence).count(), sentence).toBe(1);
    }
    // A sprint deleted since the link was shared.
    await page.goto(`${new URL(page.url()).pathname}?period=sprint:gone`);
    await expect.poll(() => page.getByText('This sprint no longer exists: choose another period.').count()).toBe(1);
    expect(await page.getByLabel('Period', { exact: true }).locator('option:checked').textContent()).toBe('A deleted sprint');
    expect(await page.getByRole('button', { name: 'Download Markdown' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('downloads and copies itself as Markdown, and prints without the app around it', async () => {
    const { page, context } = await openApp({ time: TIME });
    await openReview(page);
    await expect.poll(() => group(page, 'Shipped')).toHaveLength(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('review-sample-product-2024-12.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.startsWith('# Product review — Sample product\n\n_December 2024: Dec 1, 2024 – Dec 31, 2024_\n')).toBe(true);
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## What moved between lanes',
      '## What Discovery learned',
      '## What shipped, and its outcomes',
      '## Objectives’ progress',
      '## Rituals and action items',
    ]);
    expect(markdown).toContain('### Shipped\n\n- **Faster search results** — ');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await expect.poll(() => page.getByText('Review copied as Markdown.').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Product' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Period', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Product review of Sample product' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'What moved between lanes' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await context.close();
  });

  it('speaks French, on screen and in its Markdown, and opens from the palette', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR', time: TIME });
    await waitForBoard(page);
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Recherche et commandes' });
    await palette.getByRole('combobox').pressSequentially('revue');
    await palette.getByRole('option', { name: 'Aller à\u00a0: Revue produit' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Revue produit de Produit exemple');
    const period = page.getByLabel('Période', { exact: true });
    await expect.poll(() => period.inputValue()).toBe('2024-12');
    expect(await period.locator('option:checked').textContent()).toBe('Décembre 2024');
    expect(await h2s(page)).toEqual(['Ce qui a changé de couloir', 'Ce que la Discovery a appris', 'Ce qui a été livré, et ses résultats', 'Avancement des objectifs', 'Rituels et actions']);
    expect(await group(page, 'Entrées en Delivery')).toEqual(['Export vers l’agenda', 'Résumé hebdomadaire par e-mail', 'Nouvelle facture PDF']);
    expect(await group(page, 'Livrées')).toEqual(['Recherche plus rapide', 'Thème sombre', 'Double authentification']);
    await expectNoSeriousA11yViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.startsWith('# Revue produit — Produit exemple\n\n_Décembre 2024\u00a0: 1 déc. 2024 – 31 déc. 2024_\n')).toBe(true);
    expect(markdown).toContain('### Abandonnées et mises en pause\n\n- **Place de marché de modèles** — En pause, ');
    expect(errors).toEqual([]);
    await context.close();
  });
});
