import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, expectNoSeriousA11yViolations, openApp, openTab, stageList, waitForBoard, withBrowser } from './harness';

withBrowser();

const drawer = (page: Page) => page.getByRole('dialog').first();
const panel = (page: Page) => drawer(page).getByRole('region', { name: 'Strategy', exact: true });
const scoreForm = (page: Page) => panel(page).getByRole('form', { name: 'RICE score' });
const liveRegion = (page: Page) => page.getByTestId('live-region').textContent();

/** Types RICE inputs on the open initiative page and waits until they are saved. */
async function score(page: Page, inputs: { reach: string; impact: string; confidence: string; effort: string }) {
  const form = scoreForm(page);
  await form.getByLabel('Reach').fill(inputs.reach);
  await form.getByLabel('Impact').selectOption({ label: inputs.impact });
  await form.getByLabel('Confidence (%)').fill(inputs.confidence);
  await form.getByLabel('Effort (person-months)').fill(inputs.effort);
  // The last status is the save state; the first, an <output>, is the score.
  await expect.poll(() => form.getByRole('status').last().textContent()).toBe('All changes saved');
}

describe('strategy', () => {
  it('sets an objective with a key result, links and scores initiatives, and sorts a stage by score', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Strategy of Sample product');
    await expect.poll(() => page.getByLabel('Vision statement').inputValue()).toContain('Every small team');
    await expectNoSeriousA11yViolations(page);

    // An objective for this quarter, with a key result from 100 to 200, now at 150.
    await page.getByLabel('New objective').fill('Grow paying teams');
    await page.getByRole('button', { name: 'Add objective' }).click();
    const objective = page.getByRole('article', { name: 'Grow paying teams' });
    await expect.poll(() => objective.count()).toBe(1);
    await objective.getByRole('button', { name: 'Add key result' }).click();
    await expect.poll(() => objective.getByText('Name the metric this key result measures.').count()).toBe(1);
    await objective.getByLabel('New key result').fill('Paying teams');
    await objective.getByRole('button', { name: 'Add key result' }).click();
    await objective.getByLabel('Baseline of key result 1').fill('100');
    await objective.getByLabel('Target of key result 1').fill('200');
    await objective.getByLabel('Current value of key result 1').fill('150');
    const bar = objective.getByRole('progressbar', { name: 'Progress of key result 1' });
    await expect.poll(() => bar.getAttribute('value')).toBe('50');
    // A screen reader hears a whole percent, not 16.666…
    await objective.getByLabel('Target of key result 1').fill('400');
    await expect.poll(() => bar.getAttribute('value')).toBe('17');
    await objective.getByLabel('Target of key result 1').fill('200');
    await expect.poll(() => bar.getAttribute('value')).toBe('50');
    await page.reload();
    await expect.poll(() => page.getByRole('article', { name: 'Grow paying teams' }).getByLabel('Current value of key result 1').inputValue()).toBe('150');
    await expect.poll(() => page.getByRole('article', { name: 'Grow paying teams' }).getByText('Progress 50%').count()).toBe(1);

    // Link an initiative to it, and score two Strategy cards so that their order flips.
    await page.getByRole('link', { name: 'Back to the board' }).click();
    await waitForBoard(page);
    expect(await cardTitles(page, 'Opportunities')).toEqual(['Self-serve onboarding for small teams', 'Usage-based pricing tier']);
    await card(page, 'Usage-based pricing tier').click();
    await openTab(drawer(page), 'Strategy');
    await panel(page).getByLabel('Objective it serves').selectOption({ label: 'Grow paying teams' });
    await expect.poll(() => liveRegion(page)).toBe('Now serves “Grow paying teams”.');
    await panel(page).getByLabel('Key result (optional)').selectOption({ label: 'Paying teams' });
    const form = scoreForm(page);
    await form.getByLabel('Effort (person-months)').fill('0');
    await expect.poll(() => form.getByText('Effort is a number of person-months greater than 0.').count()).toBe(1);
    await expect.poll(() => form.getByText('Fill in every input to compute the score.').count()).toBe(1);
    await score(page, { reach: '2000', impact: 'Massive (3)', confidence: '100', effort: '1' });
    await expect.poll(() => form.getByText('Score: 6,000').count()).toBe(1);
    await page.keyboard.press('Escape');
    await card(page, 'Self-serve onboarding for small teams').click();
    await openTab(drawer(page), 'Strategy');
    await score(page, { reach: '10', impact: 'High (2)', confidence: '80', effort: '3' });
    await expect.poll(() => scoreForm(page).getByText('Score: 5.3').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The cards show their score and objective; the stage sorts once, and stays sorted after a reload.
    const usage = stageList(page, 'Opportunities').getByRole('listitem').filter({ hasText: 'Usage-based pricing tier' });
    await expect.poll(() => usage.locator('.chip').allTextContents()).toEqual(['RICE 6,000', 'Objective: Grow paying teams', 'Demand: 1 account', 'B2B', 'pricing', 'Hugo']);
    await page.getByRole('button', { name: 'Sort Opportunities by score' }).click();
    await expect.poll(() => liveRegion(page)).toBe('Opportunities sorted by RICE score, the highest first.');
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Usage-based pricing tier', 'Self-serve onboarding for small teams']);
    await page.getByRole('button', { name: 'Sort Opportunities by score' }).click();
    await expect.poll(() => liveRegion(page)).toBe('Opportunities is already in RICE score order.');
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Usage-based pricing tier', 'Self-serve onboarding for small teams']);

    // The objective lists the initiative serving it, with its lane and stage.
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    const linked = page.getByRole('article', { name: 'Grow paying teams' }).getByRole('region', { name: 'Initiatives serving it' });
    await expect.poll(() => linked.getByRole('listitem').textContent()).toBe('Usage-based pricing tierStrategy · Opportunities');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits the vision as the user types, keeps it through a reload, and reads in French', async () => {
    const { page, context } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Stratégie', exact: true }).click();
    await page.getByLabel('Vision', { exact: true }).fill('Tapé juste avant un rechargement');
    await page.reload();
    await expect.poll(() => page.getByLabel('Vision', { exact: true }).inputValue()).toBe('Tapé juste avant un rechargement');
    await expect.poll(() => page.getByRole('region', { name: 'Vision et positionnement' }).getByRole('status').textContent()).toBe('Modifications enregistrées');
    await page.getByRole('button', { name: 'Ajouter un concurrent' }).click();
    await page.getByLabel('Note sur le concurrent 4').fill('Moins cher');
    await expect.poll(() => page.getByText('Nommez le concurrent dont parle cette note.').count()).toBe(1);
    await page.getByLabel('Nom du concurrent 4').fill('Asana');
    await expect.poll(() => page.getByText('Nommez le concurrent dont parle cette note.').count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: /^T\d \d{4}$/ }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
