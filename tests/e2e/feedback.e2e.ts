import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const WORDS = {
  en: {
    locale: 'en-US',
    nav: 'Product',
    feedback: 'Feedback',
    title: /^Feedback · /,
    newTitle: 'New feedback',
    text: 'What they said',
    textRegion: 'Feedback text',
    account: 'Account',
    person: 'Person',
    source: 'Source',
    support: 'Support',
    add: 'Add feedback',
    required: 'Write or paste what the customer said.',
    willCreate: 'A new account “Globex” will be created with the note.',
    added: 'Feedback added to the inbox.',
    email: 'Hi team,\n\nOur finance people keep asking for invoices by e-mail every month. Without it we may not renew.\n\nBest, Jo',
    excerpt: 'invoices by e-mail every month',
    refuting: 'we may not renew',
    linkInitiative: 'Link to an initiative',
    find: 'Find an initiative',
    initiativeList: 'Initiative',
    initiative: 'Bulk import from spreadsheets',
    critical: 'Critical',
    excerptLabel: 'Excerpt',
    link: 'Link',
    notInNote: 'The excerpt must come from the note: select the words in its text.',
    cancel: 'Cancel',
    importanceOf: 'Importance for “Bulk import from spreadsheets”',
    processed: 'Processed',
    linkHypothesis: 'Link to a hypothesis',
    hypothesisTitle: 'Link to a hypothesis as evidence',
    hypothesis: 'Hypothesis',
    belief: 'offering to import a spreadsheet of contacts during the first week',
    refutes: 'refutes the hypothesis',
    linkEvidence: 'Link as evidence',
    refutesLink: /^Refutes: offering to import a spreadsheet/,
    discovery: 'Discovery',
    hypotheses: 'Hypotheses',
    against: 'Against',
    evidenceLink: 'Feedback: “we may not renew”',
    evidenceFrom: 'Evidence from interviews and feedback',
    all: /^All \(/,
    toProcess: /^To process \((\d+)\)$/,
    dismissed: /^Dismissed \((\d+)\)$/,
    list: 'Feedback notes',
    search: 'Search the feedback',
    shownOne: /^Showing 1 of \d+$/,
    noMatch: 'No note matches these filters.',
    second: 'The mobile app logs me out every day.',
    dismissedNotice: 'Feedback dismissed.',
    undo: 'Undo',
    importButton: 'Import CSV',
    importTitle: 'Import feedback from a CSV',
    file: 'CSV file',
    damaged: /This file is damaged or cut short: a quoted field opened on row \d+ is never closed/,
    otherFile: 'Choose another file',
    importTwelve: 'Import 12 notes',
    imported: /^Imported 12 notes from “support-export.csv”\./,
  },
  fr: {
    locale: 'fr-FR',
    nav: 'Produit',
    feedback: 'Retours clients',
    title: /^Retours clients · /,
    newTitle: 'Nouveau retour client',
    text: 'Ce qu’ils ont dit',
    textRegion: 'Texte du retour',
    account: 'Compte',
    person: 'Personne',
    source: 'Source',
    support: 'Support',
    add: 'Ajouter le retour',
    required: 'Écrivez ou collez ce que le client a dit.',
    willCreate: 'Un nouveau compte « Globex » sera créé avec le retour.',
    added: 'Retour ajouté à la boîte de réception.',
    email: 'Bonjour,\n\nNotre service financier réclame des factures par e-mail chaque mois. Sans cela nous risquons de ne pas renouveler.\n\nCordialement, Jo',
    excerpt: 'factures par e-mail chaque mois',
    refuting: 'nous risquons de ne pas renouveler',
    linkInitiative: 'Relier à une initiative',
    find: 'Trouver une initiative',
    initiativeList: 'Initiative',
    initiative: 'Import en masse depuis un tableur',
    critical: 'Critique',
    excerptLabel: 'Extrait',
    link: 'Relier',
    notInNote: 'L’extrait doit reprendre les mots du retour : sélectionnez-les dans son texte.',
    cancel: 'Annuler',
    importanceOf: 'Importance pour « Import en masse depuis un tableur »',
    processed: 'Traité',
    linkHypothesis: 'Relier à une hypothèse',
    hypothesisTitle: 'Relier à une hypothèse comme preuve',
    hypothesis: 'Hypothèse',
    belief: 'proposer d’importer un tableur de contacts dès la première semaine',
    refutes: 'contredit l’hypothèse',
    linkEvidence: 'Relier comme preuve',
    refutesLink: /^Contredit : proposer d’importer un tableur/,
    discovery: 'Discovery',
    hypotheses: 'Hypothèses',
    against: 'Contre',
    evidenceLink: 'Retour : « nous risquons de ne pas renouveler »',
    evidenceFrom: 'Preuves issues des entretiens et des retours clients',
    all: /^Tous \(/,
    toProcess: /^À traiter \((\d+)\)$/,
    dismissed: /^Écartés \((\d+)\)$/,
    list: 'Retours clients',
    search: 'Rechercher dans les retours',
    shownOne: /^1 retour affiché sur \d+$/,
    noMatch: 'Aucun retour ne correspond à ces filtres.',
    second: 'L’application mobile me déconnecte tous les jours.',
    dismissedNotice: 'Retour écarté.',
    undo: 'Défaire',
    importButton: 'Importer un CSV',
    importTitle: 'Importer des retours depuis un CSV',
    file: 'Fichier CSV',
    damaged: /Ce fichier est abîmé ou tronqué\u00a0: un champ entre guillemets ouvert à la ligne \d+ n’est jamais fermé/,
    otherFile: 'Choisir un autre fichier',
    importTwelve: 'Importer 12 retours',
    imported: /^12 retours importés depuis «\u00a0support-export.csv\u00a0»\./,
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const FIXTURES = join(import.meta.dirname, '../fixtures/feedback');

/** The number a state filter button shows, such as "To process (3)". */
async function countOf(page: Page, name: RegExp): Promise<number> {
  const text = (await page.getByRole('button', { name }).textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1]);
}

/** Selects words of the note's text with the mouse's result: a DOM selection inside it. */
async function selectInNote(page: Page, region: string, words: string) {
  await page.getByRole('region', { name: region }).evaluate((element, wanted) => {
    const node = element.firstChild!;
    const start = node.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, words);
}

async function addNote(page: Page, w: Words, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: w.newTitle });
  await expect.poll(() => dialog.getByLabel(w.text).evaluate((field) => field === document.activeElement)).toBe(true);
  await fill(dialog);
  await dialog.getByRole('button', { name: w.add }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe.each(Object.entries(WORDS))('feedback inbox (%s)', (_language, w) => {
  it('captures a note for a new account, links an excerpt to an initiative as critical and another to a hypothesis as refuting evidence, and triages by keyboard', async () => {
    const { page, errors } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    await page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.feedback, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(w.title);
    const toProcess = await countOf(page, w.toProcess);

    // An empty note is refused with the reason, and nothing is added.
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: w.newTitle });
    await dialog.getByRole('button', { name: w.add }).click();
    await expect.poll(() => dialog.getByText(w.required).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: w.cancel }).click();
    expect(await countOf(page, w.toProcess)).toBe(toProcess);

    // A pasted e-mail for an account that does not exist yet: the dialog says it will be created.
    await addNote(page, w, async (d) => {
      await d.getByLabel(w.text).fill(w.email);
      await d.getByLabel(w.account, { exact: true }).fill('Globex');
      await expect.poll(() => d.getByText(w.willCreate).count()).toBe(1);
      await d.getByLabel(w.person).fill('Jo, CFO');
      await d.getByLabel(w.source).selectOption({ label: w.support });
    });
    await expect.poll(() => page.getByText(w.added).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Globex/ }).count()).toBe(1);
    await expect.poll(() => countOf(page, w.toProcess)).toBe(toProcess + 1);

    // An excerpt selected in the text, linked to an initiative as critical.
    await selectInNote(page, w.textRegion, w.excerpt);
    await page.getByRole('button', { name: w.linkInitiative }).click();
    const link = page.getByRole('dialog', { name: w.linkInitiative });
    await expect.poll(() => link.getByLabel(w.excerptLabel).inputValue()).toBe(w.excerpt);
    await link.getByLabel(w.find).fill(w.initiative.split(' ')[0]!);
    await link.getByLabel(w.initiativeList, { exact: true }).selectOption({ label: w.initiative });
    await link.getByLabel(w.critical).check();
    await expectNoSeriousA11yViolations(page);
    await link.getByRole('button', { name: w.link, exact: true }).click();
    await expect.poll(() => link.count()).toBe(0);
    await expect.poll(() => page.getByLabel(w.importanceOf).inputValue()).toBe('critical');
    await expect.poll(() => countOf(page, w.toProcess)).toBe(toProcess);

    // Words the note does not hold are refused as an excerpt, and no link is added.
    await page.getByRole('button', { name: w.linkInitiative }).click();
    await link.getByLabel(w.initiativeList, { exact: true }).selectOption({ label: w.initiative });
    await link.getByLabel(w.excerptLabel).fill('words nobody wrote');
    await link.getByRole('button', { name: w.link, exact: true }).click();
    await expect.poll(() => link.getByText(w.notInNote).count()).toBe(1);
    await link.getByRole('button', { name: w.cancel }).click();
    await expect.poll(() => page.getByLabel(w.importanceOf).count()).toBe(1);

    // Another excerpt, as evidence against a hypothesis: it shows with the interviews' evidence.
    await page.getByRole('button', { name: w.linkHypothesis }).click();
    const evidence = page.getByRole('dialog', { name: w.hypothesisTitle });
    await evidence.getByLabel(w.hypothesis, { exact: true }).selectOption({ label: w.belief });
    await evidence.getByLabel(w.refutes).check();
    await evidence.getByLabel(w.excerptLabel).fill(w.refuting);
    await evidence.getByRole('button', { name: w.linkEvidence }).click();
    await expect.poll(() => evidence.count()).toBe(0);

    // After a reload, the note and its links are there.
    await page.reload();
    await expect.poll(() => page.getByLabel(w.importanceOf).inputValue()).toBe('critical');
    await page.getByRole('link', { name: w.refutesLink }).click();
    const drawer = page.getByRole('dialog').first();
    await expect.poll(() => drawer.getByRole('tab', { name: w.discovery, exact: true }).getAttribute('aria-selected')).toBe('true');
    const item = drawer.getByRole('region', { name: w.hypotheses }).getByRole('listitem').filter({ hasText: w.belief });
    // Folded, the hypothesis says what it holds; unfolded, the note is among the evidence against it.
    await item.getByRole('button', { name: new RegExp(w.belief) }).click();
    await expect.poll(() => item.getByRole('group', { name: new RegExp(w.evidenceFrom) }).getByRole('link', { name: w.evidenceLink }).count()).toBe(1);

    // Keyboard triage: a second note, dismissed with D from the list, and brought back by Undo.
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(w.title);
    await addNote(page, w, (d) => d.getByLabel(w.text).fill(w.second));
    const row = page.getByRole('listbox', { name: w.list }).getByRole('option', { name: new RegExp(w.second.slice(0, 20)) });
    await row.focus();
    const dismissedBefore = await countOf(page, w.dismissed);
    await page.keyboard.press('d');
    await expect.poll(() => countOf(page, w.dismissed)).toBe(dismissedBefore + 1);
    const notice = page.getByRole('listitem').filter({ hasText: w.dismissedNotice });
    await notice.getByRole('button', { name: w.undo }).click();
    await expect.poll(() => countOf(page, w.dismissed)).toBe(dismissedBefore);

    // Search among every note, typed key by key: the account's name in lower case and the person's
    // first name find the one note, a word no note holds finds none, and a reload keeps the search.
    await page.getByRole('button', { name: w.all }).click();
    const search = page.getByRole('searchbox', { name: w.search });
    const notes = page.getByRole('listbox', { name: w.list }).getByRole('option');
    await search.pressSequentially('globex jo');
    await expect.poll(() => notes.count()).toBe(1);
    await expect.poll(() => page.getByRole('search').getByRole('status').textContent()).toMatch(w.shownOne);
    await search.pressSequentially('zzz');
    await expect.poll(() => page.getByText(w.noMatch).count()).toBe(1);
    for (let i = 0; i < 3; i++) await search.press('Backspace');
    await expect.poll(() => notes.count()).toBe(1);
    await page.reload();
    await expect.poll(() => notes.count()).toBe(1);
    expect(await search.inputValue()).toBe('globex jo');
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
  });

  it('imports a support tool’s CSV export after refusing a damaged one, which changes nothing', async () => {
    const { page, errors } = await openApp({ locale: w.locale });
    await waitForBoard(page);
    await page.getByRole('navigation', { name: w.nav }).getByRole('link', { name: w.feedback, exact: true }).click();
    await page.getByRole('button', { name: w.all }).click();
    const before = await countOf(page, w.all);

    await page.getByRole('button', { name: w.importButton }).click();
    const dialog = page.getByRole('dialog', { name: w.importTitle });
    await dialog.getByLabel(w.file).setInputFiles(join(FIXTURES, 'damaged-quote.csv'));
    await expect.poll(() => dialog.getByRole('alert').filter({ hasText: w.damaged }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    expect(await countOf(page, w.all)).toBe(before);

    await dialog.getByLabel(w.file).setInputFiles(join(FIXTURES, 'support-export.csv'));
    await dialog.getByRole('button', { name: w.importTwelve }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: w.imported }).count()).toBe(1);
    await expect.poll(() => countOf(page, w.all)).toBe(before + 12);
    await page.reload();
    await expect.poll(() => countOf(page, w.all)).toBe(before + 12);
    expect(errors).toEqual([]);
  });
});
