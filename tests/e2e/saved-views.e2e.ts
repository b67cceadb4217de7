import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const WORDS = {
  en: {
    locale: 'en-US',
    nav: 'Product',
    board: 'Board',
    list: 'List',
    tag: 'Tag',
    save: 'Save view',
    name: 'Name',
    submit: 'Save',
    cancel: 'Cancel',
    taken: 'This product already has a view with this name: choose another.',
    required: 'Name the view: a name is required.',
    clear: 'Clear filters',
    score: 'Score (RICE)',
    manage: (name: string) => `Manage “${name}”`,
    manageTitle: (name: string) => `View “${name}”`,
    rename: 'Rename',
    copy: 'Copy link',
    copied: 'Link copied.',
    remove: 'Delete view',
    q3: 'My Q3',
    top: 'Top scores',
    renamed: 'Q3 bets',
    deleted: 'View “Q3 bets” deleted.',
    palette: 'Search and commands',
    goTo: 'Go to the view “My Q3”',
  },
  fr: {
    locale: 'fr-FR',
    nav: 'Produit',
    board: 'Tableau',
    list: 'Liste',
    tag: 'Étiquette',
    save: 'Enregistrer la vue',
    name: 'Nom',
    submit: 'Enregistrer',
    cancel: 'Annuler',
    taken: 'Ce produit a déjà une vue de ce nom : choisissez-en un autre.',
    required: 'Nommez la vue : un nom est requis.',
    clear: 'Effacer les filtres',
    score: 'Score (RICE)',
    manage: (name: string) => `Gérer « ${name} »`,
    manageTitle: (name: string) => `Vue « ${name} »`,
    rename: 'Renommer',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    remove: 'Supprimer la vue',
    q3: 'Mon T3',
    top: 'Meilleurs scores',
    renamed: 'Paris du T3',
    deleted: 'Vue « Paris du T3 » supprimée.',
    palette: 'Recherche et commandes',
    goTo: 'Aller à la vue « Mon T3 »',
  },
} as const;

type Words = (typeof WORDS)[keyof typeof WORDS];

const sidebar = (page: Page, w: Words) => page.getByRole('navigation', { name: w.nav });
const currentLinks = (page: Page, w: Words) => sidebar(page, w).locator('a[aria-current="page"]').allTextContents();

/** Saves the page as it is under `name`, through the dialog, as a user would. */
async function saveAs(page: Page, w: Words, name: string) {
  await page.getByRole('button', { name: w.save }).click();
  const dialog = page.getByRole('dialog', { name: w.save });
  await expect.poll(() => dialog.getByLabel(w.name).evaluate((field) => field === document.activeElement)).toBe(true);
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  return dialog;
}

describe.each(Object.entries(WORDS))('saved views (%s)', (_language, w) => {
  it('saves a filtered board and a sorted list, lists them in the sidebar, and opens them again after a reload', async () => {
    const { page, context, errors } = await openApp({ locale: w.locale });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForBoard(page);

    // The board filtered by a tag, saved under a name: the sidebar lists it as the page shown.
    await page.getByLabel(w.tag, { exact: true }).fill('activation');
    await expect.poll(() => page.url()).toContain('tag=activation');
    const dialog = await saveAs(page, w, w.q3);
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => currentLinks(page, w)).toEqual([w.q3]);
    await expectNoSeriousA11yViolations(page);

    // The same name again, in another case, is refused with the reason; an empty one too; nothing is added.
    await saveAs(page, w, w.q3.toLowerCase());
    await expect.poll(() => dialog.getByText(w.taken).count()).toBe(1);
    await dialog.getByLabel(w.name).fill('');
    await dialog.getByRole('button', { name: w.submit, exact: true }).click();
    await expect.poll(() => dialog.getByText(w.required).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: w.cancel }).click();
    await expect.poll(() => sidebar(page, w).getByRole('link', { name: w.q3 }).count()).toBe(1);

    // Cleared, the board is the board again; after a reload the saved view brings the filter back.
    await page.getByRole('button', { name: w.clear }).click();
    await expect.poll(() => currentLinks(page, w)).toEqual([w.board]);
    await page.reload();
    await waitForBoard(page);
    await sidebar(page, w).getByRole('link', { name: w.q3 }).click();
    await expect.poll(() => page.getByLabel(w.tag, { exact: true }).inputValue()).toBe('activation');
    await expect.poll(() => currentLinks(page, w)).toEqual([w.q3]);

    // The palette goes to it too, by a word of its name.
    await page.getByRole('button', { name: w.clear }).click();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: w.palette }).getByRole('combobox').pressSequentially(w.q3.split(' ')[1]!);
    await page.getByRole('dialog', { name: w.palette }).getByRole('option', { name: w.goTo }).click();
    await expect.poll(() => page.getByLabel(w.tag, { exact: true }).inputValue()).toBe('activation');

    // The list sorted by score, saved: opened from the board, it shows the same sort.
    await sidebar(page, w).getByRole('link', { name: w.list, exact: true }).click();
    const score = page.getByRole('columnheader', { name: w.score });
    await score.getByRole('button').click();
    await expect.poll(() => score.getAttribute('aria-sort')).toBe('descending');
    await saveAs(page, w, w.top);
    await expect.poll(() => currentLinks(page, w)).toEqual([w.top]);
    await sidebar(page, w).getByRole('link', { name: w.board, exact: true }).click();
    await waitForBoard(page);
    await sidebar(page, w).getByRole('link', { name: w.top }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: w.score }).getAttribute('aria-sort')).toBe('descending');
    expect(new URL(page.url()).pathname).toMatch(/\/list$/);

    // Its link, copied, opens the same filters: the path and the query, on this origin.
    await sidebar(page, w).getByRole('button', { name: w.manage(w.q3) }).click();
    const manage = page.getByRole('dialog', { name: w.manageTitle(w.q3) });
    await manage.getByRole('button', { name: w.copy }).click();
    await expect.poll(() => manage.getByText(`✓ ${w.copied}`, { exact: true }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${baseURL()}/p/[\\w-]+\\?tag=activation$`));
    await expectNoSeriousA11yViolations(page);

    // Renamed, then deleted, which the notice says and Ctrl+Z undoes: the sidebar follows, and reloads the same.
    await manage.getByLabel(w.name).fill(w.renamed);
    await manage.getByRole('button', { name: w.rename }).click();
    const renamed = page.getByRole('dialog', { name: w.manageTitle(w.renamed) });
    await expect.poll(() => renamed.count()).toBe(1);
    await expect.poll(() => sidebar(page, w).getByRole('link', { name: w.renamed }).count()).toBe(1);
    await renamed.getByRole('button', { name: w.remove }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => sidebar(page, w).getByRole('link', { name: w.renamed }).count()).toBe(0);
    await page.locator('.notice', { hasText: w.deleted }).waitFor();
    // Its ⋯ button went with it: focus lands on the page's main content, not nowhere.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Control+z');
    await expect.poll(() => sidebar(page, w).getByRole('link', { name: w.renamed }).count()).toBe(1);
    await sidebar(page, w).getByRole('button', { name: w.manage(w.renamed) }).click();
    await renamed.getByRole('button', { name: w.remove }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.reload();
    await expect.poll(() => sidebar(page, w).getByRole('link', { name: w.top }).count()).toBe(1);
    expect(await sidebar(page, w).getByRole('link', { name: w.renamed }).count()).toBe(0);

    // A teammate's copy of the link, in a fresh tab, shows the filter too.
    const tab = await context.newPage();
    await tab.goto(link);
    await expect.poll(() => tab.getByLabel(w.tag, { exact: true }).inputValue()).toBe('activation');
    expect(errors).toEqual([]);
    await context.close();
  });
});
