import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('delivery: sprints', () => {
  it('runs the sample’s sprint to its close, carries a story to the next sprint, then switches to continuous flow', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    // Back in Ready, the card whose backlog story is planned below.
    await page.getByRole('button', { name: 'Move “Accessibility audit fixes” to…' }).click();
    const move = page.getByRole('dialog', { name: 'Move “Accessibility audit fixes”' });
    await move.getByLabel('Destination stage').selectOption({ label: 'Ready' });
    await move.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => move.count()).toBe(0);
    await page.getByRole('link', { name: 'Delivery', exact: true }).click();
    await expect.poll(() => heading(page)).toMatch(/^Delivery of /);
    const active = region(page, 'Active sprint');
    await expect.poll(() => active.getByRole('link', { name: 'Sprint 12' }).count()).toBe(1);
    await expect.poll(() => region(page, 'Past sprints').getByRole('row', { name: /^Sprint 11/ }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // A closed sprint keeps its rituals' history and offers none to start.
    await region(page, 'Past sprints').getByRole('link', { name: 'Sprint 11' }).click();
    await expect.poll(() => page.getByText('This sprint is closed: its rituals are kept below.', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Start a ritual' }).count()).toBe(0);
    await page.goBack();

    // A new planned sprint, named and dated after Sprint 12.
    await page.getByRole('button', { name: 'New sprint' }).click();
    const create = page.getByRole('dialog', { name: 'New sprint' });
    expect(await create.getByLabel('Name').inputValue()).toBe('Sprint 13');
    await create.getByLabel('Sprint goal').fill('Customers pay in one click');
    await create.getByRole('button', { name: 'Plan sprint' }).click();
    await expect.poll(() => region(page, 'Planned sprints').getByRole('link', { name: 'Sprint 13' }).count()).toBe(1);

    // A backlog story planned into the active sprint (the choice it offers first).
    const backlog = region(page, 'Product backlog');
    expect(await backlog.getByLabel('Sprint for “buttons and links with enough contrast”').inputValue()).not.toBe('');
    await backlog.getByRole('button', { name: 'Plan “buttons and links with enough contrast”' }).click();
    await expect.poll(() => backlog.getByText('buttons and links with enough contrast', { exact: true }).count()).toBe(0);
    // The board follows the sprint: its card moved from Ready to In sprint, and the app says so.
    await expect.poll(() => page.locator('.notice').allTextContents()).toContainEqual(expect.stringContaining('“Accessibility audit fixes” moved to In sprint: its stories are under way.'));

    // The sprint view: its burndown with a table row per day, and a story changing status.
    await active.getByRole('link', { name: 'Sprint 12' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Sprint 12/);
    await expect.poll(() => page.getByRole('img', { name: /^Burndown chart/ }).evaluate((e) => e.tagName)).toBe('CANVAS');
    await page.getByText('Show as a table').click();
    await expect.poll(() => region(page, 'Burndown').locator('tbody tr').count()).toBe(14);
    const todo = region(page, 'To do');
    await expect.poll(() => todo.getByText('buttons and links with enough contrast', { exact: true }).count()).toBe(1);
    await page.getByLabel('Status of “payment form errors to be announced”').selectOption({ label: 'In progress' });
    await expect.poll(() => region(page, 'In progress').getByText('payment form errors to be announced', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByLabel('Status of “payment form errors to be announced”').evaluate((e) => e === document.activeElement)).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // Done means the Definition of Done: with items unticked, it asks why; cancelling changes nothing.
    await page.getByLabel('Status of “payment form errors to be announced”').selectOption({ label: 'Done' });
    const dod = page.getByRole('dialog', { name: '“payment form errors to be announced” does not meet the Definition of Done yet' });
    await expect.poll(() => dod.getByRole('listitem').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
    await dod.getByRole('button', { name: 'Mark done anyway' }).click();
    await expect.poll(() => dod.getByText('Give a reason to mark it done, or cancel.').count()).toBe(1);
    await dod.getByRole('button', { name: 'Cancel: keep its status' }).click();
    await expect.poll(() => dod.count()).toBe(0);
    expect(await page.getByLabel('Status of “payment form errors to be announced”').inputValue()).toBe('inProgress');
    await page.getByLabel('Status of “payment form errors to be announced”').selectOption({ label: 'Done' });
    await dod.getByLabel('Why mark it done anyway?').fill('Checked with the screen reader by hand');
    await dod.getByRole('button', { name: 'Mark done anyway' }).click();
    await expect.poll(() => region(page, 'Done').getByText('payment form errors to be announced', { exact: true }).count()).toBe(1);
    await page.getByLabel('Status of “payment form errors to be announced”').selectOption({ label: 'In progress' });
    await expect.poll(() => region(page, 'In progress').getByText('payment form errors to be announced', { exact: true }).count()).toBe(1);

    // Closing: four stories unfinished go to Sprint 13; 8 points done is the velocity.
    await page.getByRole('button', { name: 'Close sprint' }).click();
    const close = page.getByRole('dialog', { name: 'Close Sprint 12' });
    await expect.poll(() => close.getByText('4 stories are unfinished (18 points):').count()).toBe(1);
    expect(await close.getByRole('radio', { name: /^Sprint 13/ }).isChecked()).toBe(true);
    await expect.poll(() => close.getByText('Velocity recorded: 8 points done of 26 planned (2 of 6 stories).').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await close.getByRole('button', { name: 'Close the sprint' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.reload();
    await expect.poll(() => heading(page)).toMatch(/^Sprint 12\s*Closed/);
    await expect.poll(() => page.getByRole('term').filter({ hasText: 'Points done (velocity)' }).locator('xpath=following-sibling::dd').textContent()).toBe('8');
    expect(await page.getByRole('button', { name: 'Close sprint' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sprint 13' }).click();
    await expect.poll(() => heading(page)).toMatch(/^Sprint 13/);
    await expect.poll(() => page.getByText('to complete the checkout without a mouse', { exact: true }).count()).toBe(1);

    // Continuous flow, now that no sprint is active: throughput instead of sprints.
    await page.getByRole('navigation', { name: 'Product', exact: true }).getByRole('link', { name: 'Delivery', exact: true }).click();
    await expect.poll(() => region(page, 'Past sprints').getByRole('row', { name: /^Sprint 12/ }).getByRole('cell').nth(2).textContent()).toBe('8');
    await page.getByRole('radio', { name: /Continuous flow/ }).click();
    await expect.poll(() => page.getByRole('radio', { name: /Continuous flow/ }).isChecked()).toBe(true);
    const throughput = region(page, 'Throughput');
    await expect.poll(() => throughput.getByRole('img', { name: /^Bar chart of the last 8 weeks/ }).count()).toBe(1);
    await expect.poll(() => throughput.locator('tbody tr').count()).toBe(8);
    expect(await page.getByRole('region', { name: 'Active sprint' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
