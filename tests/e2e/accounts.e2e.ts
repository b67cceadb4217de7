import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newTab, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const q = (text: string) => `«\u00a0${text}\u00a0»`;

const WORDS = {
  en: {
    locale: 'en-US',
    nav: 'Product',
    accounts: 'Accounts',
    search: 'Search and commands',
    goTo: 'Go to Accounts',
    strategic: 'Northwind Logistics',
    asks: 'Initiatives Northwind Logistics asks for',
    offline: 'Offline mode for field technicians',
    twoFactor: 'Two-factor authentication',
    framing: ['Critical', 'Strategy · Framing', 'In progress'],
    exploring: ['Critical', 'Discovery · Exploring', 'In progress'],
    released: ['Important', 'Delivery · Released', 'Shipped'],
    note: /Dana asked where offline mode stands/,
    notes: '4 notes',
    notesList: /^Their notes/,
    moveCard: (title: string) => `Move “${title}” to…`,
    moveDialog: (title: string) => `Move “${title}”`,
    destination: 'Destination stage',
    top: 'At the top',
    move: 'Move',
    exploringStage: 'Exploring',
    newAccount: 'New account',
    name: 'Name',
    revenue: 'Yearly revenue',
    strategicBox: 'Strategic account',
    add: 'Add account',
    revenueInvalid: 'Yearly revenue is an amount of 0 or more, or empty when unknown.',
    newName: 'Acme Robotics',
    amount: '12.000.50',
    goodAmount: '12,000',
    shownRevenue: '12,000',
  },
  fr: {
    locale: 'fr-FR',
    nav: 'Produit',
    accounts: 'Comptes',
    search: 'Recherche et commandes',
    goTo: 'Aller à\u00a0: Comptes',
    strategic: 'Transports Vasseur',
    asks: 'Initiatives demandées par Transports Vasseur',
    offline: 'Mode hors ligne pour les techniciens',
    twoFactor: 'Double authentification',
    framing: ['Critique', 'Stratégie · Cadrage', 'En cours'],
    exploring: ['Critique', 'Discovery · Exploration', 'En cours'],
    released: ['Important', 'Delivery · Livré', 'Livrée'],
    note: /Nathalie demande où en est le mode hors connexion/,
    notes: '4 retours',
    notesList: /^Leurs retours/,
    moveCard: (title: string) => `Déplacer ${q(title)} vers…`,
    moveDialog: (title: string) => `Déplacer ${q(title)}`,
    destination: 'Étape de destination',
    top: 'En haut',
    move: 'Déplacer',
    exploringStage: 'Exploration',
    newAccount: 'Nouveau compte',
    name: 'Nom',
    revenue: 'Chiffre d’affaires annuel',
    strategicBox: 'Compte stratégique',
    add: 'Ajouter le compte',
    revenueInvalid: 'Le chiffre d’affaires annuel est un montant positif ou nul, ou vide s’il est inconnu.',
    newName: 'Robotique Lemaire',
    amount: '12 000,50 €',
    goodAmount: '12 000',
    shownRevenue: '12\u202f000',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

/** The cells after the initiative's name in the account's "what they ask for" table. */
async function askRow(page: Page, w: Words, title: string): Promise<string[]> {
  const row = page.getByRole('table', { name: w.asks }).getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  return (await row.getByRole('cell').allTextContents()).slice(0, 3);
}

const accountNames = (page: Page) => page.getByRole('table').getByRole('rowheader').allTextContents();

describe.each(Object.entries(WORDS))('accounts (%s)', (_language, w) => {
  it('answers “what did we promise them, and where is it?”, live as the board moves', async () => {
    const session = await openApp({ locale: w.locale });
    const { page, context, errors } = session;
    await waitForBoard(page);
    await page.getByRole('navigation', { name: w.nav, exact: true }).getByRole('link', { name: w.accounts, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(w.accounts);
    await expect.poll(() => accountNames(page)).toHaveLength(6);
    await expectNoSeriousA11yViolations(page);

    // The strategic account: its notes, newest first, and what it asks for with lane, stage and status.
    await page.getByRole('link', { name: w.strategic, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(w.strategic);
    await expect.poll(() => askRow(page, w, w.offline)).toEqual(w.framing);
    expect(await askRow(page, w, w.twoFactor)).toEqual(w.released);
    expect(await page.getByRole('heading', { level: 2, name: new RegExp(w.notes) }).count()).toBe(1);
    await expect.poll(() => page.getByRole('list', { name: w.notesList }).getByRole('listitem').first().textContent()).toMatch(w.note);
    await expectNoSeriousA11yViolations(page);

    // Moved on the board in another tab: the account page follows without a reload.
    const board = await newTab(session, new URL(page.url()).pathname.replace(/\/accounts\/.*/, ''));
    await waitForBoard(board);
    await board.getByRole('button', { name: w.moveCard(w.offline) }).click();
    const dialog = board.getByRole('dialog', { name: w.moveDialog(w.offline) });
    await dialog.getByLabel(w.destination).selectOption({ label: w.exploringStage });
    await dialog.getByLabel(w.top).check();
    await dialog.getByRole('button', { name: w.move, exact: true }).click();
    await expect.poll(() => askRow(page, w, w.offline)).toEqual(w.exploring);

    // The initiative's link opens it.
    await page.getByRole('link', { name: w.offline, exact: true }).click();
    await page.getByRole('dialog', { name: w.offline }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds an account: a bad revenue is refused with the reason and adds nothing, a good one is listed', async () => {
    const { page, context, errors } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    // Opened from the palette's "Go to" this time.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: w.search });
    await palette.getByRole('combobox').fill(w.goTo);
    await palette.getByRole('option', { name: w.goTo }).click();
    await expect.poll(() => accountNames(page)).toHaveLength(6);

    await page.getByRole('button', { name: w.newAccount }).click();
    const dialog = page.getByRole('dialog', { name: w.newAccount });
    await dialog.getByLabel(w.name, { exact: true }).fill(w.newName);
    await dialog.getByLabel(w.revenue).fill(w.amount);
    await dialog.getByRole('button', { name: w.add }).click();
    await expect.poll(() => dialog.getByText(w.revenueInvalid).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    expect(await accountNames(page)).toHaveLength(6);

    await dialog.getByLabel(w.revenue).fill(w.goodAmount);
    await dialog.getByLabel(w.strategicBox).check();
    await dialog.getByRole('button', { name: w.add }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => accountNames(page)).toContain(w.newName);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: w.newName, exact: true }) });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe(w.shownRevenue);
    expect(errors).toEqual([]);
    await context.close();
  });
});
