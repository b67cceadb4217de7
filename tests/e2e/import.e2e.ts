import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, expectNoSeriousA11yViolations, openApp, openTab, stageList, waitForBoard, testFile, withBrowser } from './harness';

withBrowser();

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
const CLIPKIT = join(FIXTURES, 'trello-clipkit-2015.json');
const SMALL = join(FIXTURES, 'trello-small.json');
const JIRA = join(FIXTURES, 'jira-paiement.csv');
const JIRA_EXCEL_FR = join(FIXTURES, 'jira-excel-fr-1252.csv');

interface RawBoard {
  lists: { id: string; name: string; pos: number }[];
  cards: { name: string; idList: string; pos: number; closed: boolean; labels: { name: string }[] }[];
}

/** The cards of a Trello list in the order Trello shows them (by pos), without the archived ones. */
function listCards(listName: string): RawBoard['cards'] {
  const board = JSON.parse(readFileSync(CLIPKIT, 'utf8')) as RawBoard;
  const list = board.lists.find((l) => l.name === listName)!;
  return board.cards.filter((c) => c.idList === list.id && !c.closed).sort((a, b) => a.pos - b.pos);
}

async function openDataPage(page: Page) {
  await page.getByRole('link', { name: /^(Data|Données)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Data|Données)$/ }).waitFor();
}

/** Product names, as the header's product menu lists them. */
async function productNames(page: Page): Promise<string[]> {
  return page.getByRole('combobox', { name: 'Product' }).locator('option').allTextContents();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = testFile(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('import from Trello and Jira', () => {
  it('imports the 2015 Trello board into a new product, lists mapped to stages, cards in order with their tags, kept after a reload', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await openDataPage(page);
    await page.getByLabel('Trello board (.json)').setInputFiles(CLIPKIT);

    const dialog = page.getByRole('dialog', { name: 'Import the Trello board “Clipkit”' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Name of the new product' }).inputValue()).toBe('Clipkit');
    // The suggestions follow the list names; the user moves the wish list to Framing.
    const wishes = dialog.getByRole('combobox', { name: 'やりたいこと: 25 cards' });
    expect(await wishes.locator('option:checked').textContent()).toBe('Opportunities');
    expect(await dialog.getByRole('combobox', { name: 'クローズ: 27 cards' }).locator('option:checked').textContent()).toBe('Released');
    await wishes.selectOption({ label: 'Framing' });
    const preview = dialog.getByRole('region', { name: 'What will be imported' });
    await expect.poll(() => preview.getByRole('listitem').filter({ hasText: 'Strategy · Framing' }).textContent()).toBe('Strategy · Framing 24 on the board, 1 parked');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Import 67 initiatives' }).click();

    await page.locator('.notice', { hasText: 'Imported 67 initiatives from “trello-clipkit-2015.json” into “Clipkit”.' }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Automatic snapshots' }).getByRole('cell', { name: 'Before an import' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Open the board of “Clipkit”' }).click();
    await waitForBoard(page);

    const wishList = listCards('やりたいこと');
    const expectFraming = async () => {
      await expect.poll(async () => (await cardTitles(page, 'Framing')).slice(0, 5)).toEqual(wishList.slice(0, 5).map((c) => c.name));
      const first = card(stageList(page, 'Framing'), wishList[0]!.name);
      expect(await first.locator('.card__tag').allTextContents()).toEqual(wishList[0]!.labels.map((l) => l.name));
      await expect.poll(async () => (await cardTitles(page, 'Ready')).slice(0, 3)).toEqual(listCards('やること').slice(0, 3).map((c) => c.name));
      await expect.poll(() => page.getByRole('link', { name: 'Archive (1)' }).count()).toBe(1);
    };
    await expectFraming();
    await page.reload();
    await waitForBoard(page);
    await expectFraming();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports the recent Trello export into an existing product, after its cards, and the Jira CSV into a new one', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    const readyBefore = await cardTitles(page, 'Ready');
    await openDataPage(page);

    await page.getByLabel('Trello board (.json)').setInputFiles(SMALL);
    const trello = page.getByRole('dialog', { name: 'Import the Trello board “Test Board Name”' });
    await trello.getByRole('combobox', { name: 'Into which product' }).selectOption({ label: 'Product “Sample product”' });
    await expect.poll(() => trello.getByRole('combobox', { name: 'TODO: 1 card' }).locator('option:checked').textContent()).toBe('Ready');
    await trello.getByRole('button', { name: 'Import 1 initiative' }).click();
    // The notice offering to undo stays until dismissed, over the next dialog's buttons.
    await page.locator('.notice', { hasText: 'Imported 1 initiative' }).getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('link', { name: 'Open the board of “Sample product”' }).click();
    await waitForBoard(page);
    await expect.poll(() => cardTitles(page, 'Ready')).toEqual([...readyBefore, 'Name Card 7']);

    await openDataPage(page);
    await page.getByLabel('Jira issues (.csv)').setInputFiles(JIRA);
    const jira = page.getByRole('dialog', { name: 'Import the Jira issues of “Paiement Mobile”' });
    await jira.waitFor();
    expect(await jira.getByRole('group', { name: 'Where each status goes' }).getByRole('combobox').count()).toBe(5);
    expect(await jira.getByRole('combobox', { name: 'In Review: 1 card' }).locator('option:checked').textContent()).toBe('In sprint');
    await jira.getByRole('button', { name: 'Import 7 initiatives' }).click();
    await page.getByRole('link', { name: 'Open the board of “Paiement Mobile”' }).click();
    await waitForBoard(page);
    await expect.poll(() => cardTitles(page, 'In sprint')).toEqual(['Paiement en un clic pour les clients récurrents', 'Apple Pay et Google Pay']);
    await expect.poll(() => cardTitles(page, 'Released')).toEqual(['Le bouton « Payer » reste grisé sur Android 12', "Messages d'erreur de carte en français"]);
    // A card shows its first three tags: the issue type, then the labels of the repeated columns.
    expect(await card(page, 'Apple Pay et Google Pay').locator('.card__tag').allTextContents()).toEqual(['Epic', 'wallets', 'mobile']);

    // Its page says where it came from, and exports as Markdown.
    await card(page, 'Paiement en un clic').click();
    const drawer = page.getByRole('dialog', { name: 'Paiement en un clic pour les clients récurrents' });
    await expect.poll(() => drawer.getByRole('textbox', { name: 'Summary' }).inputValue()).toContain('Jira: PAY-101 (Story)\nPriority: High\nStory points: 5\nSprints: PAY Sprint 11, PAY Sprint 12');
    expect(await drawer.getByRole('textbox', { name: 'Tags' }).inputValue()).toBe('Story, paiement, mobile');
    const markdown = await download(page, () => drawer.getByRole('button', { name: 'Export as Markdown' }).click());
    expect(markdown.name).toBe('paiement-en-un-clic-pour-les-clients-récurrents.md');
    expect(markdown.text.split('\n').slice(0, 3)).toEqual(['# Paiement en un clic pour les clients récurrents', '', '_Delivery · In sprint_']);
    expect(markdown.text).toContain('**Owner:** Amélie Dubois');
    expect(markdown.text).toContain('## Summary');
    expect(markdown.text).toContain('Jira: PAY-101 (Story)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a CSV saved by French Excel: its encoding told, Annulé closed as killed, the comments on the initiative’s page', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await openDataPage(page);
    await page.getByLabel('Jira issues (.csv)').setInputFiles(JIRA_EXCEL_FR);
    const dialog = page.getByRole('dialog', { name: 'Import the Jira issues of “REC”' });
    await dialog.waitFor();
    await dialog.getByText(/^Text read as Windows-1252, fields separated by semicolons\./).waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Annulé: 1 card' }).locator('option:checked').textContent()).toBe('Close as killed');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Import 4 initiatives' }).click();
    await page.getByRole('link', { name: 'Open the board of “REC”' }).click();
    await waitForBoard(page);
    await expect.poll(() => page.getByRole('link', { name: 'Archive (1)' }).count()).toBe(1);
    await card(page, 'Écran « Mes reçus »').click();
    // What the team said in Trello is part of the initiative's history.
    await openTab(page.getByRole('dialog', { name: 'Écran « Mes reçus »' }), 'History');
    const comments = page.getByRole('dialog', { name: 'Écran « Mes reçus »' }).getByRole('region', { name: 'Comments (imported)' });
    await expect.poll(() => comments.getByRole('listitem').count()).toBe(2);
    expect(await comments.getByRole('listitem').first().textContent()).toMatch(/^leo\.martin · .*Première remarque ; ça marche$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses hostile and damaged files with the reason, changing nothing', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await openDataPage(page);
    const before = await productNames(page);
    const hostile = testFile('board.json');
    writeFileSync(hostile, '{"__proto__": {"polluted": 1}, "lists": [{"id": "l"}], "cards": [{"id": "c", "idList": "elsewhere", "name": "<img src=x onerror=alert(1)>"}]}');
    const notCsv = testFile('issues.csv');
    writeFileSync(notCsv, 'Key,Title\nA-1,"<script>alert(1)</script>"\n');

    await page.getByLabel('Trello board (.json)').setInputFiles(hostile);
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Trello' }).textContent())
      .toBe('This Trello export is damaged: cards[0].idList names a list the file does not hold (“elsewhere”). Nothing was imported.');
    await page.getByLabel('Jira issues (.csv)').setInputFiles(notCsv);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toBe('This CSV has no “Summary” column: export the issues from Jira with Export CSV. Nothing was imported.');
    await page.getByLabel('Trello board (.json)').setInputFiles({ name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{"lists": [') });
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/^This file is not valid JSON/);
    await page.getByLabel('Trello board (.json)').setInputFiles(join(FIXTURES, 'trello-viewer-copy.json'));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/^This file starts with “Pretty-print”: it is the page of the browser’s JSON viewer/);
    await page.getByLabel('Trello board (.json)').setInputFiles(join(FIXTURES, 'trello-single-card.json'));
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/^This is the export of one Trello card \(“Export PDF des factures”\), not of a board\./);

    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    expect(await productNames(page)).toEqual(before);
    expect(await page.getByRole('table', { name: 'Automatic snapshots' }).getByRole('cell', { name: 'Before an import' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads a board as CSV, one row per initiative with localised headers, and undoes an import from its notice', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await openDataPage(page);
    await page.getByLabel('Tickets Jira (.csv)').setInputFiles(JIRA);
    await page.getByRole('dialog').getByRole('button', { name: 'Importer 7 initiatives' }).click();
    await page.locator('.notice', { hasText: '7 initiatives importées' }).waitFor();

    const panel = page.getByRole('region', { name: 'Exporter un tableau' });
    await panel.getByRole('combobox', { name: 'Tableau' }).selectOption({ label: 'Paiement Mobile' });
    const csv = await download(page, () => panel.getByRole('button', { name: 'Exporter en CSV' }).click());
    expect(csv.name).toMatch(/^board-paiement-mobile-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['Titre', 'Couloir', 'Étape', 'État', 'Responsable', 'Étiquettes', 'Segment', 'Résumé', 'Problème à résoudre', 'Créée le', 'Modifiée le']);
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r[0])).toEqual([
      'Exporter les transactions (CSV, Excel)',
      'Reçu PDF envoyé par e-mail',
      'Remboursement partiel depuis le back-office',
      'Paiement en un clic pour les clients récurrents',
      'Apple Pay et Google Pay',
      'Le bouton « Payer » reste grisé sur Android 12',
      "Messages d'erreur de carte en français",
    ]);
    const bug = rows[5]!;
    expect(bug.slice(1, 6)).toEqual(['Delivery', 'Livré', 'Sur le tableau', 'Chloé Bernard', 'Bug, android, bug-client, mobile']);
    expect(bug[7]).toContain('Étapes :\n1. Ouvrir le panier');
    expect(bug[9]).toBe('2026-10-28 14:15');

    await page.locator('.notice').getByRole('button', { name: 'Défaire l’import' }).click();
    await page.locator('.notice', { hasText: 'Import annulé' }).waitFor();
    await expect.poll(() => productNames(page)).not.toContain('Paiement Mobile');
    // The page's own account of the import follows: no link left to a board that is gone.
    await expect.poll(() => page.locator('.import-done').textContent()).toMatch(/^Import annulé/);
    expect(await page.getByRole('link', { name: 'Ouvrir le tableau de « Paiement Mobile »' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
