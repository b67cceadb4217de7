import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, drag, expectNoSeriousA11yViolations, openApp, openTab, pickUp, stagePoint, waitForBoard, withBrowser } from './harness';

withBrowser();

const drawer = (page: Page) => page.getByRole('dialog').first();
const panel = (page: Page) => drawer(page).getByRole('region', { name: 'Hypotheses' });
// The assumption map's point, not the hypothesis' own disclosure button, whose name also starts with its statement.
const mapPoint = (page: Page) => drawer(page).getByRole('button', { name: /^2\. We believe that sending a reminder.*Importance \d, evidence \d$/ });

describe('discovery', () => {
  it('logs a hypothesis, runs an experiment to validated, and moves it on the assumption map by keyboard', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Smart reminders before renewal').click();
    await openTab(drawer(page), 'Discovery');
    await panel(page).getByRole('button', { name: 'Log a hypothesis' }).click();
    const log = page.getByRole('dialog', { name: 'Log a hypothesis' });
    await log.getByRole('button', { name: 'Log hypothesis' }).click();
    await expect.poll(() => log.getByText(/belief is required/i).count()).toBe(1);
    await log.getByLabel('We believe that [doing this]').fill('sending a reminder seven days before renewal');
    await log.getByLabel('for [persona]').fill('yearly subscribers');
    await log.getByLabel('will achieve [outcome]').fill('fewer refund requests');
    await log.getByLabel('We will know this is true when we see [signal]').fill('refunds after renewal drop');
    await log.getByLabel('Threshold').fill('by half within a quarter');
    await log.getByRole('button', { name: 'Log hypothesis' }).click();
    const statement = 'We believe that sending a reminder seven days before renewal';
    await expect.poll(() => panel(page).getByText(statement, { exact: false }).count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    const second = panel(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^2\. We believe that sending a reminder/ }) });
    await panel(page).getByRole('button', { name: 'Plan an experiment for hypothesis 2' }).click();
    const plan = page.getByRole('dialog', { name: 'Plan an experiment' });
    await plan.getByLabel('And measure').fill('refund requests in the 30 days after renewal');
    await plan.getByLabel('We are right if').fill('they fall by 50%');
    await plan.getByRole('button', { name: 'Plan experiment' }).click();
    await second.getByRole('button', { name: /^Start the experiment/ }).click();
    await expect.poll(() => second.getByText('Testing', { exact: true }).count()).toBeGreaterThan(0);
    await second.getByRole('button', { name: /^Conclude the experiment/ }).click();
    const card1 = page.getByRole('dialog', { name: 'Learning card' });
    await card1.getByLabel('We observed').fill('Refund requests fell from 40 to 17');
    await card1.getByLabel('From that we learned that').fill('A clear reminder prevents surprise renewals');
    await card1.getByLabel('Decision').selectOption({ label: 'Validated' });
    await card1.getByLabel('Therefore we will').fill('Ship reminders to all plans');
    await card1.getByRole('button', { name: 'Conclude experiment' }).click();
    await page.getByRole('dialog', { name: 'Update the hypothesis?' }).getByRole('button', { name: 'Mark as Validated' }).click();
    await expect.poll(() => second.getByText('Validated', { exact: true }).count()).toBeGreaterThan(0);

    const point = mapPoint(page);
    await expect.poll(() => point.getAttribute('aria-label')).toMatch(/Importance 3, evidence 1$/);
    await expect.poll(() => point.getAttribute('class')).toContain('amap__point--validated');
    await point.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => point.getAttribute('aria-label')).toMatch(/Importance 4, evidence 2$/);
    // Announced once stored.
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Moved: importance 4, evidence 2');

    // The reload keeps the Discovery tab: the hypothesis shows folded, its status on its line.
    await page.reload();
    await expect.poll(() => panel(page).getByText('Validated', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => mapPoint(page).getAttribute('aria-label')).toMatch(/Importance 4, evidence 2$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records an interview, links its insight as evidence, and the hypothesis shows it', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Interviews', exact: true }).click();
    await page.getByRole('button', { name: 'New interview' }).click();
    const dialog = page.getByRole('dialog', { name: 'New interview' });
    await dialog.getByLabel('Participant alias').fill('Jeanne');
    await dialog.getByLabel('Role').fill('Office manager');
    await dialog.getByRole('button', { name: 'Create interview' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Interview with Jeanne');
    await page.getByLabel('Memorable quote').fill('I paste the same spreadsheet every Monday.');
    await page.getByLabel('Insights').fill('Imports happen weekly, not once.');
    await page.getByRole('button', { name: 'Link as evidence' }).first().click();
    const link = page.getByRole('dialog', { name: 'Link as evidence' });
    await link.getByLabel('Hypothesis').selectOption({ index: 1 });
    await link.getByLabel('Excerpt').fill('Imports happen weekly, not once.');
    await link.getByRole('button', { name: 'Link as evidence' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Hypotheses it informs' }).getByText('Imports happen weekly, not once.').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Memorable quote').inputValue()).toBe('I paste the same spreadsheet every Monday.');
    await expect.poll(() => page.getByRole('region', { name: 'Hypotheses it informs' }).getByText('Imports happen weekly, not once.').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'All interviews' }).click();
    await page.getByRole('searchbox', { name: 'Search interviews' }).fill('spreadsheet every monday');
    await expect.poll(() => page.getByRole('link', { name: /^Interview with Jeanne/ }).count()).toBe(1);
    await context.close();
  });

  it('filters the hypothesis log and exports it as CSV and Markdown', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    await page.getByLabel('Status').selectOption({ label: 'Invalidated' });
    await expect.poll(() => page.getByText(/^1 of 11 hypotheses shown$/).count()).toBe(1);
    expect(page.url()).toContain('status=invalidated');
    await expectNoSeriousA11yViolations(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.split('\n')[0]).toContain('Initiative,Hypothesis,Category,Status');
    expect(text).toContain('Gamified streaks');
    expect(text.trim().split('\n')).toHaveLength(2);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(readFileSync((await md.path())!, 'utf8')).toMatch(/^# Hypotheses of Sample product/);
    await page.reload();
    await expect.poll(() => page.getByText(/^1 of 11 hypotheses shown$/).count()).toBe(1);
    await context.close();
  });

  it('gates the move into Delivery: cancel puts the card back, going on records the reason', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await drag(page, card(page, 'In-app referral programme'), await stagePoint(page, 'Ready', 'top'));
    const gate = page.getByRole('dialog', { name: '“In-app referral programme” is not ready for Delivery' });
    await expect.poll(() => gate.count()).toBe(1);
    await expect.poll(() => gate.locator('.gate-gaps').getByRole('listitem').count()).toBe(3);
    expect(await gate.locator('.gate-gaps').getByRole('listitem').allTextContents()).toEqual([
      'a validated hypothesis Test a hypothesis',
      'a conclusion for the hypotheses still being tested Conclude the tests',
      'a user story that meets the Definition of Ready Write a story and tick its Definition of Ready',
    ]);
    await expectNoSeriousA11yViolations(page);
    // Each gap links to where it is fixed: following one cancels the move.
    await gate.getByRole('link', { name: 'Write a story and tick its Definition of Ready' }).click();
    await expect.poll(() => gate.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/i\/[^/]+\/delivery$/);
    await expect.poll(() => page.getByRole('tab', { name: 'Delivery', selected: true }).count()).toBe(1);
    await page.goBack();
    await expect.poll(() => cardTitles(page, 'Testing')).toContain('In-app referral programme');
    await drag(page, card(page, 'In-app referral programme'), await stagePoint(page, 'Ready', 'top'));
    await gate.getByRole('button', { name: 'Cancel: keep it where it was' }).click();
    await expect.poll(() => cardTitles(page, 'Testing')).toContain('In-app referral programme');
    expect(await cardTitles(page, 'Ready')).toEqual([]);

    await card(page, 'In-app referral programme').focus();
    await pickUp(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('live-region').textContent()).toContain('Delivery lane, Ready stage');
    await page.keyboard.press('Space');
    await gate.getByRole('button', { name: 'Move to Delivery anyway' }).click();
    await expect.poll(() => gate.getByText('Give a reason to proceed, or cancel.').count()).toBe(1);
    await gate.getByLabel('Why proceed anyway?').fill('The partner launch date is fixed');
    await gate.getByRole('button', { name: 'Move to Delivery anyway' }).click();
    await expect.poll(() => cardTitles(page, 'Ready')).toContain('In-app referral programme');
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => cardTitles(page, 'Ready')).toContain('In-app referral programme');
    await card(page, 'In-app referral programme').click();
    await openTab(drawer(page), 'History');
    await expect.poll(() => drawer(page).getByText('Reason: The partner launch date is fixed').count()).toBe(1);
    await context.close();
  });
});
