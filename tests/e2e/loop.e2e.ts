import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, expectNoSeriousA11yViolations, openApp, openTab, waitForBoard, withBrowser } from './harness';

withBrowser();

const drawer = (page: Page, title: string) => page.getByRole('dialog', { name: title });

/** Opens the Strategy page; returns the objective's progress bar (its value is a whole percent). */
async function objectiveProgress(page: Page, title: string) {
  await page.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Strategy of Sample product');
  return page.getByRole('progressbar', { name: `Progress of “${title}”` });
}

describe('the product loop', () => {
  it('records an outcome on a card serving a key result, and the objective’s progress follows', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    const objective = 'Customers stay because we never surprise them';
    // Refunds 76.7 %, churn 25 %, security deals (6 → 0, now 2) 66.7 %, households (38 → 45, now 39)
    // 14.3 %: 46 %.
    const before = await objectiveProgress(page, objective);
    await expect.poll(() => before.getAttribute('value')).toBe('46');
    await page.getByRole('link', { name: 'Back to the board' }).click();
    await waitForBoard(page);

    await card(page, 'Two-factor authentication').click();
    const twoFactor = drawer(page, 'Two-factor authentication');
    await openTab(twoFactor, 'Outcome');
    const outcome = twoFactor.getByRole('region', { name: 'Outcome' });
    await expect.poll(() => outcome.getByText('From key result “Deals lost in security reviews, per quarter”', { exact: false }).count()).toBe(1);
    await outcome.getByLabel('Actual').fill('0');
    await expect.poll(() => outcome.getByRole('form', { name: 'Outcome' }).getByRole('status').textContent()).toBe('All changes saved');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');

    // Security deals now at 0: 100 %, so (76.7 + 25 + 100 + 14.3) ÷ 4 = 54 %.
    const after = await objectiveProgress(page, objective);
    await expect.poll(() => after.getAttribute('value')).toBe('54');
    const item = page.getByRole('article', { name: objective });
    await expect.poll(() => item.getByLabel('Current value of key result 3').inputValue()).toBe('0');
    // The key result keeps the dated reading, and says where its current value came from.
    await expect.poll(() => item.getByText(/^From an outcome, /).count()).toBe(1);
    await page.reload();
    await expect.poll(() => after.getAttribute('value')).toBe('54');

    // A value typed later is a second reading: the key result's readings unfold as a chart with
    // its target, and as a table.
    await item.getByLabel('Current value of key result 3').fill('1');
    await item.getByLabel('Current value of key result 3').blur();
    const metric = 'Deals lost in security reviews, per quarter';
    const trend = item.locator('details', { hasText: `Readings of “${metric}”` });
    await expect.poll(() => trend.locator('summary').textContent()).toMatch(new RegExp(`^Readings of “${metric}” \\(\\d+\\)$`));
    await trend.locator('summary').click();
    const chart = trend.getByRole('img');
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(new RegExp(`to 1 on .+, for a target of 0\\.$`));
    await trend.getByText('Show the readings as a table').click();
    expect(await trend.getByRole('columnheader').allTextContents()).toEqual(['Day', 'Reading', 'Target']);
    expect((await trend.getByRole('row').allTextContents()).slice(-2).map((row) => row.replace(/^.*day, [^,]+, \d{4}/, ''))).toEqual(['00', '10']);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts an outcome from the key result the card serves, in French', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await page.getByRole('button', { name: /^Déplacer .*Nouvelle facture PDF.* vers…$/ }).click();
    await page.getByRole('dialog').getByLabel('Étape de destination').selectOption({ label: 'Livré' });
    await page.getByRole('dialog').getByRole('button', { name: 'Déplacer', exact: true }).click();
    await expect.poll(() => cardTitles(page, 'Livré')).toContain('Nouvelle facture PDF');
    await card(page, 'Nouvelle facture PDF').click();
    const invoice = drawer(page, 'Nouvelle facture PDF');
    await openTab(invoice, 'Stratégie');
    await expect.poll(() => invoice.getByLabel('Objectif servi').locator('option:checked').textContent()).toBe('Nos clients restent parce que nous ne les surprenons jamais');
    await invoice.getByLabel('Résultat clé (facultatif)').selectOption({ label: 'Attrition mensuelle des équipes payantes (%)' });
    await openTab(invoice, 'Résultat');
    const outcome = invoice.getByRole('region', { name: 'Résultat' });
    await expect.poll(() => outcome.getByLabel('KPI ou résultat clé').inputValue()).toBe('Attrition mensuelle des équipes payantes (%)');
    expect(await outcome.getByLabel('Valeur de départ').inputValue()).toBe('3,2');
    expect(await outcome.getByLabel('Cible').inputValue()).toBe('2');
    expect(await outcome.getByLabel('Valeur atteinte').inputValue()).toBe('');
    expect(await outcome.getByLabel('Meilleur quand il est').locator('option:checked').textContent()).toBe('Plus bas');
    await expect.poll(() => outcome.getByText('Repris du résultat clé', { exact: false }).count()).toBe(1);

    // Only the actual value is typed, with a French decimal comma: the prefilled figures are recorded with it.
    await outcome.getByLabel('Valeur atteinte').fill('2,6');
    await expect.poll(() => outcome.getByRole('form', { name: 'Résultat' }).getByRole('status').textContent()).toBe('Modifications enregistrées');
    // The page stays open on the card through a reload.
    await page.reload();
    await openTab(drawer(page, 'Nouvelle facture PDF'), 'Résultat');
    const reloaded = drawer(page, 'Nouvelle facture PDF').getByRole('region', { name: 'Résultat' });
    await expect.poll(() => reloaded.locator('.outcome__verdict').textContent()).toBe('✗Objectif non atteint2,6 pour une cible de 2.');
    expect(await reloaded.getByLabel('KPI ou résultat clé').inputValue()).toBe('Attrition mensuelle des équipes payantes (%)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a follow-up that serves the same key result and says what was learned', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Two-factor authentication').click();
    const twoFactor = drawer(page, 'Two-factor authentication');
    await openTab(twoFactor, 'Outcome');
    await twoFactor.getByRole('button', { name: 'Create a follow-up' }).click();
    const follow = page.getByRole('dialog', { name: 'Create a follow-up' });
    const learned = follow.getByLabel('What was learned');
    expect(await learned.inputValue()).toMatch(
      /^What “Two-factor authentication” measured: Deals lost in security reviews, per quarter, from 6 to 2 against a target of 2 \(target met\)\.\n\nRequiring 2FA removed/,
    );
    await learned.fill('Security reviews now ask for single sign-on.');
    await follow.getByLabel('Title of the follow-up').fill('Single sign-on');
    await follow.getByRole('button', { name: 'Create follow-up' }).click();
    await follow.getByRole('link', { name: 'Open the follow-up' }).click();

    const followUp = drawer(page, 'Single sign-on');
    await expect.poll(() => followUp.getByLabel('Problem statement').inputValue()).toBe('Security reviews now ask for single sign-on.');
    await openTab(followUp, 'Strategy');
    expect(await followUp.getByLabel('Objective it serves').locator('option:checked').textContent()).toBe('Customers stay because we never surprise them');
    expect(await followUp.getByLabel('Key result (optional)').locator('option:checked').textContent()).toBe('Deals lost in security reviews, per quarter');
    expect(errors).toEqual([]);
    await context.close();
  });
});
