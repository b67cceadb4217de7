import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

interface Words {
  locale: string;
  palette: string;
  search: string;
  interviewTitle: string;
  hypothesisQuery: string;
  hypothesis: RegExp;
  hypothesesGroup: string;
  initiative: string;
  goToInterviews: string;
  interviewsHeading: RegExp;
  newInitiative: string;
}

const EN: Words = {
  locale: 'en-US',
  palette: 'Search and commands',
  search: 'Search…',
  interviewTitle: 'Interview with Nadia',
  hypothesisQuery: 'columns headers',
  hypothesis: /^guessing how the spreadsheet’s columns match our fields/,
  hypothesesGroup: 'Hypotheses',
  initiative: 'Bulk import from spreadsheets',
  goToInterviews: 'Go to Interviews',
  interviewsHeading: /^Interviews of /,
  newInitiative: 'New initiative',
};

// The French query has no accents: "tetes" finds "en-têtes".
const FR: Words = {
  locale: 'fr-FR',
  palette: 'Recherche et commandes',
  search: 'Rechercher…',
  interviewTitle: 'Entretien avec Nadia',
  hypothesisQuery: 'colonnes tetes',
  hypothesis: /^deviner l’association des colonnes du tableur/,
  hypothesesGroup: 'Hypothèses',
  initiative: 'Import en masse depuis un tableur',
  goToInterviews: 'Aller à\u00a0: Entretiens',
  interviewsHeading: /^Entretiens de /,
  newInitiative: 'Nouvelle initiative',
};

const palette = (page: Page, words: Words) => page.getByRole('dialog', { name: words.palette });

describe.each([EN, FR])('the command palette ($locale)', (words) => {
  it('finds an interview by its participant and a hypothesis by a word of its statement, opens them, goes to a view and starts a new initiative', async () => {
    const { page, context, errors } = await openApp({ locale: words.locale });
    await waitForBoard(page);

    // Keyboard: Ctrl+K, type, Enter opens the first match.
    await page.keyboard.press('Control+k');
    const box = palette(page, words).getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('nadia');
    await expect.poll(() => palette(page, words).getByRole('option', { name: /^Nadia/ }).count()).toBe(1);
    const selected = palette(page, words).getByRole('option', { selected: true });
    await expect.poll(() => selected.textContent()).toMatch(/^Nadia/);
    // A screen reader hears the option the arrows are on.
    await expect.poll(async () => (await box.getAttribute('aria-activedescendant')) === (await selected.getAttribute('id'))).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: words.interviewTitle }).waitFor();
    expect(await palette(page, words).count()).toBe(0);

    // Mouse and touch: the header's button, and a click on a result of its group.
    const button = page.getByRole('button', { name: words.search });
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
    await button.click();
    await palette(page, words).getByRole('combobox').fill(words.hypothesisQuery);
    const hypotheses = palette(page, words).getByRole('group', { name: words.hypothesesGroup });
    await hypotheses.getByRole('option', { name: words.hypothesis }).click();
    await page.getByRole('dialog', { name: words.initiative }).waitFor();
    // A hypothesis opens its initiative on the Discovery tab, where it is.
    await expect.poll(() => page.getByRole('dialog', { name: words.initiative }).getByRole('tab', { selected: true }).textContent()).toBe('Discovery');

    // An action, chosen with the arrow keys; Escape closes without doing anything.
    await page.keyboard.press('Control+k');
    await palette(page, words).getByRole('combobox').pressSequentially('nadi');
    await page.keyboard.press('Escape');
    await expect.poll(() => palette(page, words).count()).toBe(0);
    await page.keyboard.press('Control+k');
    await palette(page, words).getByRole('combobox').pressSequentially(words.goToInterviews.slice(0, 9));
    const goTo = palette(page, words).getByRole('option', { name: words.goToInterviews });
    for (let i = 0; i < 20 && (await goTo.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
    expect(await goTo.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: words.interviewsHeading }).waitFor();

    // From any page, "New initiative" opens its dialog on the board.
    await page.keyboard.press('Control+k');
    await palette(page, words).getByRole('combobox').pressSequentially(words.newInitiative.toLowerCase());
    await palette(page, words).getByRole('option', { name: words.newInitiative, exact: true }).click();
    await page.getByRole('dialog', { name: words.newInitiative }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
