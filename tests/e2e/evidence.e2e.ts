import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, expectNoSeriousA11yViolations, openApp, openTab, waitForBoard, withBrowser } from './harness';

withBrowser();

const drawer = (page: Page) => page.getByRole('dialog').first();
const hypothesisItem = (page: Page, panel: string, statement: RegExp) =>
  drawer(page)
    .getByRole('region', { name: panel })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: statement }) });

describe('evidence level follows the evidence', () => {
  it('proposes 4/5 once an experiment invalidates a hypothesis, and keeps the accepted level', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'In-app referral programme').click();
    await openTab(drawer(page), 'Discovery');
    const reward = hypothesisItem(page, 'Hypotheses', /We believe that giving a free month/);
    await expect.poll(() => reward.getByText('evidence 2/5').count()).toBe(1);
    await expect.poll(() => reward.getByText(/the evidence now suggests/).count()).toBe(0);

    await reward.getByRole('button', { name: /^1\. We believe that giving a free month/ }).click();
    await reward.getByRole('button', { name: /^Conclude the experiment/ }).click();
    const learning = page.getByRole('dialog', { name: 'Learning card' });
    await learning.getByLabel('We observed').fill('0.4% tapped the button, far under the 3% we needed');
    await learning.getByLabel('From that we learned that').fill('A free month does not make people recommend us');
    await learning.getByLabel('Decision').selectOption({ label: 'Invalidated' });
    await learning.getByRole('button', { name: 'Conclude experiment' }).click();
    await page.getByRole('dialog', { name: 'Update the hypothesis?' }).getByRole('button', { name: 'Mark as Invalidated' }).click();

    await expect.poll(() => reward.getByText('Evidence level: 2/5 — the evidence now suggests 4/5').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await reward.getByRole('button', { name: 'Set to 4/5' }).click();
    await expect.poll(() => reward.getByText('evidence 4/5').count()).toBe(1);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Evidence level set to 4/5.');

    // The open initiative is in the address: the reload reopens it.
    await page.reload();
    await openTab(drawer(page), 'Discovery');
    await expect.poll(() => reward.getByText('evidence 4/5').count()).toBe(1);
    await expect.poll(() => reward.getByText(/the evidence now suggests/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('en français : lier un deuxième entretien propose 3/5, et le niveau accepté reste après rechargement', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Entretiens', exact: true }).click();
    await page.getByRole('link', { name: /^Entretien avec Marc/ }).click();
    await page.getByRole('button', { name: 'Relier comme preuve' }).first().click();
    const link = page.getByRole('dialog', { name: 'Relier comme preuve' });
    const option = link.getByRole('option', { name: /liste qu’ils partagent/ });
    await link.getByLabel('Hypothèse').selectOption((await option.getAttribute('value'))!);
    await link.getByRole('radio', { name: 'Confirme' }).check();
    await link.getByRole('button', { name: 'Relier comme preuve' }).click();

    await expect.poll(() => link.getByText('Niveau de preuve : 1/5 — les preuves recueillies suggèrent maintenant 3/5').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await link.getByRole('button', { name: 'Passer à 3/5' }).click();
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Niveau de preuve passé à 3/5.');
    await expect.poll(() => link.count()).toBe(0);

    await page.reload();
    await page.getByRole('link', { name: 'Tableau', exact: true }).click();
    await waitForBoard(page);
    await card(page, 'Programme de parrainage intégré').click();
    await openTab(drawer(page), 'Discovery');
    const share = hypothesisItem(page, 'Hypothèses', /liste qu’ils partagent/);
    await expect.poll(() => share.getByText('niveau de preuve 3/5').count()).toBe(1);
    await expect.poll(() => share.getByText(/suggèrent maintenant/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what a killed initiative taught: in the hypothesis log, on the objective it served and in the palette', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    await page.getByLabel('Status').selectOption({ label: 'Invalidated' });
    const row = page.getByRole('row').filter({ hasText: 'Gamified streaks' });
    await expect.poll(() => row.getByText('Killed', { exact: true }).count()).toBe(1);
    await expect.poll(() => row.getByText(/a daily streak breaks by design/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    const objective = page.getByRole('article', { name: 'Customers stay because we never surprise them' });
    const streaks = objective.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Gamified streaks' }) });
    await expect.poll(() => streaks.getByText('Killed', { exact: true }).count()).toBe(1);
    await expect.poll(() => streaks.getByText(/^Why: Interviews showed users felt nagged/).count()).toBe(1);
    const learned = streaks.getByRole('list', { name: 'Learned from “Gamified streaks”' });
    await expect.poll(() => learned.getByText(/a daily streak breaks by design/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // The palette finds the killed initiative's learning, and says its initiative was killed.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search and commands' });
    await palette.getByRole('combobox').fill('streak breaks by design');
    const hypotheses = palette.getByRole('group', { name: 'Hypotheses' });
    await expect.poll(() => hypotheses.getByRole('option', { name: /rewarding daily use.*Gamified streaks · Killed/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
