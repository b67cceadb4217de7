import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const LANGUAGES = [
  {
    locale: 'en-US',
    nav: 'Product',
    board: 'Board',
    pages: ['Strategy', 'Matrix', 'Roadmap', 'Hypotheses', 'Interviews', 'Delivery', 'Metrics', 'Product review', 'Team'],
    workspace: { Templates: '/templates', Data: '/settings/data' },
    title: 'Title',
    currentSprint: 'Current sprint',
    interviewsHeading: /Interviews/,
    shortcuts: 'Keyboard shortcuts',
    listed: ['Show these shortcuts', 'New initiative', 'Search the board', 'Next card or row'],
    newInitiative: /New initiative/,
    filter: 'Search initiatives',
    menu: 'Menu',
  },
  {
    locale: 'fr-FR',
    nav: 'Produit',
    board: 'Tableau',
    pages: ['Stratégie', 'Matrice', 'Feuille de route', 'Hypothèses', 'Entretiens', 'Delivery', 'Indicateurs', 'Revue produit', 'Équipe'],
    workspace: { Modèles: '/templates', Données: '/settings/data' },
    title: 'Titre',
    currentSprint: 'Sprint en cours',
    interviewsHeading: /Entretiens/,
    shortcuts: 'Raccourcis clavier',
    listed: ['Afficher ces raccourcis', 'Nouvelle initiative', 'Rechercher dans le tableau', 'Carte ou ligne suivante'],
    newInitiative: /Nouvelle initiative/,
    filter: 'Rechercher des initiatives',
    menu: 'Menu',
  },
];

const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name, exact: true });
const current = (page: Page, name: string) => sidebar(page, name).locator('[aria-current="page"]');

describe.each(LANGUAGES)('the app shell ($locale)', (lang) => {
  it('shows the sidebar on every product page, the current page marked', async () => {
    const { page, context, errors } = await openApp({ locale: lang.locale });
    await waitForBoard(page);
    await expect.poll(() => current(page, lang.nav).textContent()).toBe(lang.board);
    await expectNoSeriousA11yViolations(page);
    for (const name of lang.pages) {
      await sidebar(page, lang.nav).getByRole('link', { name, exact: true }).click();
      await expect.poll(() => current(page, lang.nav).textContent()).toBe(name);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await sidebar(page, lang.nav).getByRole('link', { name: lang.currentSprint }).click();
    await expect.poll(() => page.url()).toMatch(/\/sprints\//);
    await expect.poll(() => current(page, lang.nav).textContent()).toBe(lang.currentSprint);
    await expectNoSeriousA11yViolations(page);
    // The workspace's pages are no product's: the sidebar leads there, the header leads back.
    for (const [name, path] of Object.entries(lang.workspace)) {
      const board = page.url();
      await sidebar(page, lang.nav).getByRole('link', { name, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(path);
      await page.goto(board);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('folds the sidebar and remembers it after a reload', async () => {
    const { page, context } = await openApp({ locale: lang.locale });
    await waitForBoard(page);
    const toggle = sidebar(page, lang.nav).getByRole('button', { expanded: true });
    await toggle.click();
    await expect.poll(() => sidebar(page, lang.nav).getByRole('link').count()).toBe(0);
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => sidebar(page, lang.nav).getByRole('button', { expanded: false }).count()).toBe(1);
    await sidebar(page, lang.nav).getByRole('button', { expanded: false }).click();
    await expect.poll(() => current(page, lang.nav).textContent()).toBe(lang.board);
    await context.close();
  });

  it('lists the shortcuts with ?, goes to interviews with G then I, opens New initiative with C', async () => {
    const { page, context, errors } = await openApp({ locale: lang.locale });
    await waitForBoard(page);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: lang.shortcuts });
    for (const text of lang.listed) await expect.poll(() => help.getByRole('cell', { name: text, exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    // Keys pressed in a dialog are no shortcuts.
    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
    expect(new URL(page.url()).pathname).toMatch(/^\/p\/[^/]+$/);

    await page.keyboard.press('g');
    await page.keyboard.press('i');
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/interviews$/);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: lang.interviewsHeading }).count()).toBe(1);

    // From another page, C goes to the board and opens the dialog there.
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: lang.newInitiative });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(new URL(page.url()).pathname).toMatch(/^\/p\/[^/]+$/);
    // Typing in its fields makes no shortcut.
    await dialog.getByLabel(lang.title).focus();
    await page.keyboard.type('gic?');
    await expect.poll(() => dialog.getByLabel(lang.title).inputValue()).toBe('gic?');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(lang.filter);
    await page.keyboard.type('c');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves through the cards with J and K', async () => {
    const { page, context } = await openApp({ locale: lang.locale });
    await waitForBoard(page);
    const focusedCard = () => page.evaluate(() => document.activeElement?.querySelector('.card__title')?.textContent);
    const titles = await page.locator('.card__title').allTextContents();
    await page.keyboard.press('j');
    await expect.poll(focusedCard).toBe(titles[0]);
    await page.keyboard.press('j');
    await expect.poll(focusedCard).toBe(titles[1]);
    await page.keyboard.press('k');
    await expect.poll(focusedCard).toBe(titles[0]);
    await context.close();
  });

  it('on a phone, keeps the sidebar behind a Menu button and gives the board most of the screen', async () => {
    const { page, context, errors } = await openApp({ locale: lang.locale, viewport: { width: 390, height: 844 }, touch: true });
    await waitForBoard(page);
    expect(await sidebar(page, lang.nav).count()).toBe(0);
    const box = await page.locator('.board').boundingBox();
    expect(box!.height / 844).toBeGreaterThanOrEqual(0.7);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: lang.menu, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: lang.menu });
    await expect.poll(() => current(page, lang.nav).textContent()).toBe(lang.board);
    await expectNoSeriousA11yViolations(page);
    await drawer.getByRole('link', { name: lang.pages[4], exact: true }).click();
    await expect.poll(() => drawer.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/interviews$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, shows tables as stacked rows: no page but the board scrolls sideways', async () => {
    const { page, context } = await openApp({ locale: lang.locale, viewport: { width: 390, height: 844 }, touch: true });
    await waitForBoard(page);
    const board = new URL(page.url()).pathname;
    // The views, and whether the sample shows a table there (waited for before measuring).
    const views = { list: true, strategy: true, matrix: false, roadmap: false, hypotheses: true, interviews: false, delivery: true, metrics: true, archive: true, sharing: false };
    for (const [view, table] of Object.entries(views)) {
      await page.goto(new URL(`${board}/${view}`, page.url()).href);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (table) await page.locator('main table tbody tr').first().waitFor();
      const wide = await page.evaluate(() => ({
        page: document.scrollingElement!.scrollWidth - window.innerWidth,
        tables: [...document.querySelectorAll('main table:not(.list-table)')].filter((t) => t.checkVisibility() && t.getBoundingClientRect().right > window.innerWidth + 1).length,
      }));
      expect({ view, ...wide }).toEqual({ view, page: 0, tables: 0 });
    }
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
