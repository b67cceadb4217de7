import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, expectNoSeriousA11yViolations, openApp, stageList, waitForBoard, withBrowser } from './harness';

withBrowser();

const LANGUAGES = {
  en: {
    locale: 'en-US',
    compact: 'Compact cards',
    longTitle: 'Self-serve onboarding for small teams',
    // One card per lane, and its chips as shown: the lane's key figure first.
    cards: [
      { stage: 'Opportunities', title: 'Self-serve onboarding for small teams', chips: ['RICE 213.3', 'Objective: Small teams succeed in their first week', 'Demand: 1 account', 'B2B', 'growth', 'activation', 'Camille'] },
      { stage: 'Testing', title: 'Bulk import from spreadsheets', chips: ['2 hypotheses', '1 validated', '1 testing', '2 interviews', 'Demand: 2 accounts · 2 strategic', 'B2B', 'activation', 'data', 'Hugo'] },
      { stage: 'In sprint', title: 'Accessibility audit fixes', chips: ['0/4 stories done', 'Sprint: Sprint 12', '3 ready', 'Demand: 1 account', 'B2C', 'a11y', 'checkout', 'Inès'] },
      { stage: 'Released', title: 'Two-factor authentication', chips: ['Target met', '2 against a target of 2', '2/2 stories done', 'Sprint: Sprint 11', 'Demand: 2 accounts · 2 strategic', 'B2B', 'security', 'Camille'] },
      { stage: 'Released', title: 'Dark mode', chips: ['Outcome not measured yet', 'No stories yet', 'Demand: 1 account', 'B2C', 'ui', 'Léa'] },
    ],
    compactChips: { title: 'Bulk import from spreadsheets', chips: ['2 hypotheses', '1 validated', '1 testing'] },
  },
  fr: {
    locale: 'fr-FR',
    compact: 'Cartes compactes',
    longTitle: 'Onboarding en libre-service pour les petites équipes',
    cards: [
      { stage: 'Opportunités', title: 'Onboarding en libre-service pour les petites équipes', chips: ['RICE 213,3', 'Objectif\u00a0: Les petites équipes réussissent leur première semaine', 'Demande\u00a0: 1 compte', 'B2B', 'croissance', 'activation', 'Camille'] },
      { stage: 'Test', title: 'Import en masse depuis un tableur', chips: ['2 hypothèses', '1 validée', '1 en test', '2 entretiens', 'Demande\u00a0: 2 comptes · 2 stratégiques', 'B2B', 'activation', 'données', 'Hugo'] },
      { stage: 'En sprint', title: 'Corrections de l’audit d’accessibilité', chips: ['0/4 stories terminées', 'Sprint\u00a0: Sprint 12', '3 prêtes', 'Demande\u00a0: 1 compte', 'B2C', 'a11y', 'paiement', 'Inès'] },
      { stage: 'Livré', title: 'Double authentification', chips: ['Objectif atteint', '2 pour une cible de 2', '2/2 stories terminées', 'Sprint\u00a0: Sprint 11', 'Demande\u00a0: 2 comptes · 2 stratégiques', 'B2B', 'sécurité', 'Camille'] },
      { stage: 'Livré', title: 'Thème sombre', chips: ['Résultat pas encore mesuré', 'Aucune story', 'Demande\u00a0: 1 compte', 'B2C', 'interface', 'Léa'] },
    ],
    compactChips: { title: 'Import en masse depuis un tableur', chips: ['2 hypothèses', '1 validée', '1 en test'] },
  },
};

/** How many lines a card title takes, and whether any of it is cut off. */
const titleBox = (title: Locator) =>
  title.evaluate((el) => ({
    lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
    clipped: el.scrollHeight > el.clientHeight,
    text: el.textContent,
    tooltip: el.getAttribute('title'),
  }));

/** Chips whose text overflows their box, or that would end in an ellipsis: none should. */
const cutChips = (page: Page) =>
  page.locator('.chip').evaluateAll((chips) =>
    chips
      .filter((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight || getComputedStyle(el).textOverflow === 'ellipsis')
      .map((el) => el.textContent),
  );

describe.each(Object.entries(LANGUAGES))('board cards (%s)', (_, words) => {
  it('show the whole title and whole chips with each lane’s key figure, and switch to compact for good', async () => {
    const { page, context, errors } = await openApp({ locale: words.locale });
    await waitForBoard(page);
    const first = words.cards[0]!;
    const long = card(stageList(page, first.stage), words.longTitle).locator('.card__title');

    // At 1440 px the title wraps over three or four lines and none of it is cut.
    await expect.poll(() => titleBox(long)).toMatchObject({ clipped: false, text: words.longTitle });
    expect((await titleBox(long)).lines).toBeGreaterThanOrEqual(3);
    expect((await titleBox(long)).lines).toBeLessThanOrEqual(4);

    for (const { stage, title, chips } of words.cards) {
      await expect.poll(() => card(stageList(page, stage), title).locator('.chip').allTextContents()).toEqual(chips);
    }
    expect(await cutChips(page)).toEqual([]);
    await expectNoSeriousA11yViolations(page);

    // Compact: two title lines, the rest behind an ellipsis but still the card's name; fewer chips.
    const toggle = page.getByRole('button', { name: words.compact });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => titleBox(long)).toMatchObject({ lines: 2, clipped: true, tooltip: words.longTitle });
    const compact = words.compactChips;
    await expect.poll(() => card(page, compact.title).locator('.chip').allTextContents()).toEqual(compact.chips);
    expect(await cutChips(page)).toEqual([]);
    await expectNoSeriousA11yViolations(page);

    // The choice is this browser's: it is still compact after a reload.
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => page.getByRole('button', { name: words.compact }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => titleBox(long)).toMatchObject({ lines: 2, text: words.longTitle });
    await page.getByRole('button', { name: words.compact }).click();
    await expect.poll(() => titleBox(long)).toMatchObject({ clipped: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
