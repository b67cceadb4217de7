import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, openTab, waitForBoard, testFile, withBrowser } from './harness';

withBrowser();

const WORDS = {
  en: {
    locale: 'en-US',
    product: 'Sample product',
    asked: 'Invoice PDF redesign',
    other: 'Accessibility audit fixes',
    data: 'Data',
    exportBackup: 'Export backup',
    backupFile: 'Backup file',
    preview: (file: string) => `What “${file}” holds`,
    replace: 'Replace',
    confirmReplace: 'Replace with the file',
    imported: (file: string) => `Imported “${file}”.`,
    chip: 'Demand: 2 accounts · 1 strategic',
    list: 'List',
    demandHeader: 'Demand',
    revenueHeader: 'Revenue asking',
    feedbackTab: 'Feedback',
    figures: ['Notes3', 'Distinct accounts2', 'Their yearly revenue150,000', 'Strategic accounts1', 'Critical asks1'],
    overview: 'Demand: 3 notes · 2 accounts · 1 strategic · 150,000 yearly revenue · 1 critical ask',
    importanceOf: 'Importance of the note from Globex · Marc on Nov 2, 2026',
    important: 'Important',
    unlink: 'Unlink the note from Zoé on Oct 20, 2026',
    undo: 'Undo',
    openNote: 'Open in the inbox: the note from Acme Corp · Julie (Ops) on Nov 3, 2026',
    strategyTab: 'Strategy',
    reach: 'Reach',
    suggestion: '3 customers asked for this — use as reach',
    moveCard: (title: string) => `Move “${title}” to…`,
    destination: 'Destination stage',
    released: 'Released',
    move: 'Move',
    loopOverview: '3 customers asked for it: close the loop.',
    loop: 'Close the loop',
    askers: (title: string) => `Customers who asked for “${title}”`,
    exportMarkdown: 'Export who asked (Markdown)',
    exportCsv: 'Export who asked (CSV)',
    docTitle: (title: string) => `# Who asked for “${title}”`,
    csvHeader: 'Account,People,Importance,Notes,Last asked,Segment,Plan,Yearly revenue,Strategic',
    critical: 'Critical',
    noAccount: 'No account',
  },
  fr: {
    locale: 'fr-FR',
    product: 'Produit exemple',
    asked: 'Nouvelle facture PDF',
    other: 'Corrections de l’audit d’accessibilité',
    data: 'Données',
    exportBackup: 'Exporter une sauvegarde',
    backupFile: 'Fichier de sauvegarde',
    preview: (file: string) => `Contenu de «\u00a0${file}\u00a0»`,
    replace: 'Remplacer',
    confirmReplace: 'Remplacer par le fichier',
    imported: (file: string) => `«\u00a0${file}\u00a0» importé.`,
    chip: 'Demande : 2 comptes · 1 stratégique',
    list: 'Liste',
    demandHeader: 'Demande',
    revenueHeader: 'CA des demandeurs',
    feedbackTab: 'Retours',
    figures: ['Retours3', 'Comptes distincts2', 'Leur CA annuel150 000', 'Comptes stratégiques1', 'Demandes critiques1'],
    overview: 'Demande : 3 retours · 2 comptes · 1 stratégique · 150 000 de CA annuel · 1 demande critique',
    importanceOf: 'Importance du retour de Globex · Marc du 2 nov. 2026',
    important: 'Important',
    unlink: 'Délier le retour de Zoé du 20 oct. 2026',
    undo: 'Défaire',
    openNote: 'Ouvrir dans la boîte de réception : le retour de Acme Corp · Julie (Ops) du 3 nov. 2026',
    strategyTab: 'Stratégie',
    reach: 'Portée',
    suggestion: '3 clients l’ont demandé — les utiliser comme portée',
    moveCard: (title: string) => `Déplacer «\u00a0${title}\u00a0» vers…`,
    destination: 'Étape de destination',
    released: 'Livré',
    move: 'Déplacer',
    loopOverview: '3 clients l’ont demandé : bouclez la boucle.',
    loop: 'Boucler la boucle',
    askers: (title: string) => `Clients qui ont demandé « ${title} »`,
    exportMarkdown: 'Exporter les demandeurs (Markdown)',
    exportCsv: 'Exporter les demandeurs (CSV)',
    docTitle: (title: string) => `# Qui a demandé «\u00a0${title}\u00a0»`,
    csvHeader: 'Compte,Personnes,Importance,Retours,Dernière demande,Segment,Offre,CA annuel,Stratégique',
    critical: 'Critique',
    noAccount: 'Sans compte',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];
type Row = Record<string, unknown> & { id: string };

/** Normalises the spaces Intl and French typography put in figures and punctuation, for comparing text. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Gives the sample product known feedback through a backup: this browser's, its sample feedback
 * replaced by two accounts, four notes and their links, imported back through the Data page.
 * The asked-for initiative gets three customers (Acme, strategic, critical; Globex; a person without
 * an account); the other one, a single note.
 */
async function seedFeedback(page: Page, w: Words) {
  await page.getByRole('link', { name: w.data, exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.exportBackup }).click()]);
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { tables: Record<string, Row[]> };
  const product = backup.tables.products!.find((p) => p.name === w.product)!;
  const initiative = (title: string) => backup.tables.initiatives!.find((i) => i.title === title && i.productId === product.id)!;
  const [asked, other] = [initiative(w.asked), initiative(w.other)];
  const at = Date.now();
  const base = { productId: product.id, createdAt: at, updatedAt: at, deletedAt: null };
  // The sample's own feedback is left out (the file replaces the browser's data), so the figures below are these notes' alone.
  for (const table of ['accounts', 'feedback', 'feedbackLinks']) backup.tables[table] = [];
  backup.tables.evidence = backup.tables.evidence!.filter((e) => e.feedbackId === undefined);
  backup.tables.accounts!.push(
    { ...base, id: 'e2e-acme', name: 'Acme Corp', segment: 'B2B', plan: 'Enterprise', revenue: 120000, strategic: true },
    { ...base, id: 'e2e-globex', name: 'Globex', segment: 'B2B', plan: 'Team', revenue: 30000, strategic: false },
  );
  const note = (id: string, accountId: string | null, person: string, date: string, text: string) => ({
    ...base,
    id,
    text,
    source: 'sales',
    accountId,
    person,
    date,
    tags: [],
    enteredBy: '',
    dismissedAt: null,
  });
  backup.tables.feedback!.push(
    note('e2e-n1', 'e2e-acme', 'Julie (Ops)', '2026-11-03', 'Our accountants cannot read the VAT lines. We need clearer invoices before renewal.'),
    note('e2e-n2', 'e2e-globex', 'Marc', '2026-11-02', 'Invoices should show payment terms.'),
    note('e2e-n3', null, 'Zoé', '2026-10-20', 'A clearer invoice would save me a call every month.'),
    note('e2e-n4', 'e2e-globex', 'Marc', '2026-10-15', 'Keyboard users struggle at checkout.'),
  );
  const link = (id: string, feedbackId: string, initiativeId: string, importance: string, excerpt = '') => ({ ...base, id, feedbackId, initiativeId, importance, excerpt });
  backup.tables.feedbackLinks!.push(
    link('e2e-l1', 'e2e-n1', asked.id, 'critical', 'We need clearer invoices before renewal.'),
    link('e2e-l2', 'e2e-n2', asked.id, 'niceToHave'),
    link('e2e-l3', 'e2e-n3', asked.id, 'important'),
    link('e2e-l4', 'e2e-n4', other.id, 'niceToHave'),
  );
  const name = 'feedback-seed.json';
  const path = testFile(name);
  writeFileSync(path, JSON.stringify(backup));

  await page.getByLabel(w.backupFile, { exact: true }).setInputFiles(path);
  const preview = page.getByRole('region', { name: w.preview(name) });
  await preview.getByRole('radio', { name: w.replace, exact: true }).check();
  await preview.getByRole('button', { name: w.confirmReplace }).click();
  await page.locator('.notice', { hasText: w.imported(name) }).waitFor();
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8').replace(/^\ufeff/, '') };
}

describe.each(Object.entries(WORDS))('demand on initiatives (%s)', (_language, w) => {
  it('shows demand on the card, sorts the list by it, suggests the reach, and once released exports who asked', async () => {
    const { page, context, errors } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    const board = new URL(page.url()).pathname;
    await seedFeedback(page, w);

    // The board: the card customers asked for says who, the others say nothing of it.
    await page.goto(board);
    await waitForBoard(page);
    const card = page.locator('.card__handle', { hasText: w.asked });
    await expect.poll(async () => plain(await card.locator('.card__demand').textContent())).toBe(plain(w.chip));
    expect(await page.locator('.card__demand').count()).toBe(2);

    // The list, sorted by demand: the most asked first, in the URL like the other sorts.
    await page.getByRole('link', { name: w.list, exact: true }).click();
    const demandHeader = page.getByRole('columnheader', { name: w.demandHeader, exact: true });
    await demandHeader.getByRole('button').click();
    await expect.poll(() => demandHeader.getAttribute('aria-sort')).toBe('descending');
    expect(page.url()).toContain('sort=-demand');
    const titles = () => page.locator('tbody tr[data-index] td:first-child').allTextContents();
    await expect.poll(async () => (await titles()).slice(0, 2)).toEqual([w.asked, w.other]);
    expect(await page.getByRole('columnheader', { name: w.revenueHeader }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // The initiative: its demand on the overview, and the Feedback tab with each note.
    await page.getByRole('link', { name: w.asked, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: w.asked });
    await expect.poll(async () => plain(await drawer.locator('.demand-overview p').first().textContent())).toContain(plain(w.overview));
    await openTab(drawer, w.feedbackTab);
    expect(page.url()).toMatch(/\/i\/[^/]+\/feedback$/);
    await expect.poll(async () => (await drawer.locator('.demand-figures__item').allTextContents()).map(plain)).toEqual(w.figures.map(plain));
    expect(await drawer.locator('.linked-note').count()).toBe(3);
    expect(await drawer.getByText('We need clearer invoices before renewal.', { exact: true }).count()).toBe(1);
    expect(await drawer.getByRole('link', { name: w.openNote }).getAttribute('href')).toBe(`${board}/feedback?note=e2e-n1`);
    await drawer.getByRole('combobox', { name: w.importanceOf }).selectOption({ label: w.important });
    await expect.poll(() => drawer.getByRole('combobox', { name: w.importanceOf }).inputValue()).toBe('important');
    // Unlinking a note says so and can be undone from its notice.
    await drawer.getByRole('button', { name: w.unlink }).click();
    await expect.poll(() => drawer.locator('.linked-note').count()).toBe(2);
    await page.locator('.notice').getByRole('button', { name: w.undo, exact: true }).click();
    await expect.poll(() => drawer.locator('.linked-note').count()).toBe(3);
    await expectNoSeriousA11yViolations(page);

    // RICE: the customers asking are offered as the reach, filled only on the click, undone like any score edit.
    await openTab(drawer, w.strategyTab);
    const reach = drawer.getByRole('textbox', { name: w.reach, exact: true });
    const before = await reach.inputValue();
    await drawer.getByRole('button', { name: w.suggestion }).click();
    await expect.poll(() => reach.inputValue()).toBe('3');
    await expect.poll(() => drawer.getByRole('button', { name: w.suggestion }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await waitForBoard(page);
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await page.locator('.card__handle', { hasText: w.asked }).click();
    await openTab(drawer, w.strategyTab);
    await expect.poll(() => reach.inputValue()).toBe(before);
    await expect.poll(() => drawer.getByRole('button', { name: w.suggestion }).count()).toBe(1);

    // Released: the overview says to close the loop, and the Feedback tab lists who asked, to export.
    await page.keyboard.press('Escape');
    await waitForBoard(page);
    await page.getByRole('button', { name: w.moveCard(w.asked) }).click();
    const moveDialog = page.getByRole('dialog');
    await moveDialog.getByLabel(w.destination).selectOption({ label: w.released });
    await moveDialog.getByRole('button', { name: w.move, exact: true }).click();
    await moveDialog.waitFor({ state: 'detached' });
    await page.locator('.card__handle', { hasText: w.asked }).click();
    await expect.poll(() => drawer.getByRole('link', { name: w.loopOverview }).count()).toBe(1);
    await drawer.getByRole('link', { name: w.loopOverview }).click();
    const askers = drawer.getByRole('table', { name: w.askers(w.asked) });
    await expect.poll(() => askers.locator('tbody tr').count()).toBe(3);
    expect(plain(await askers.locator('tbody tr').first().textContent())).toContain('Acme Corp');
    expect(await drawer.getByRole('heading', { name: w.loop }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    const markdown = await download(page, w.exportMarkdown);
    expect(markdown.name).toMatch(/^askers-.+\.md$/);
    const lines = markdown.text.split('\n');
    expect(lines[0]).toBe(w.docTitle(w.asked));
    // The table: its header, the line under it, one row per customer.
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(5);
    expect(plain(lines.find((l) => l.includes('Acme Corp'))!)).toContain(plain(`Julie (Ops) | ${w.critical} | 2026-11-03 | 120`));
    expect(markdown.text).toContain(`| ${w.noAccount} | Zoé |`);

    const csv = await download(page, w.exportCsv);
    expect(csv.name).toMatch(/^askers-.+\.csv$/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe(w.csvHeader);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain('Acme Corp,Julie (Ops),');
    expect(rows[1]).toContain(',120000,');
    expect(errors).toEqual([]);
    await context.close();
  });
});
