import { describe, expect, it } from 'vitest';
import { card, cardTitles, expectNoSeriousA11yViolations, openApp, openTab, withBrowser, waitForBoard } from './harness';

withBrowser();

describe('the initiative page', () => {
  it('opens from a card on its own URL, autosaves edits, and reopens from a deep link', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Bulk import from spreadsheets').click();
    const drawer = page.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    await expect.poll(() => drawer.count()).toBe(1);
    expect(page.url()).toMatch(/\/p\/[\w-]+\/i\/[\w-]+$/);
    await expect.poll(() => drawer.getByText('Discovery · Testing').count()).toBe(1);
    await drawer.getByLabel('Problem statement').fill('New accounts paste rows by hand for days.');
    await drawer.getByLabel('Title').fill('Bulk import from CSV');
    const renamed = page.getByRole('dialog', { name: 'Bulk import from CSV' });
    await expect.poll(() => renamed.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    await expectNoSeriousA11yViolations(page);

    const deepLink = page.url();
    const other = await context.newPage();
    await other.goto(deepLink);
    const reopened = other.getByRole('dialog', { name: 'Bulk import from CSV' });
    await expect.poll(() => reopened.count()).toBe(1);
    expect(await reopened.getByLabel('Problem statement').inputValue()).toBe('New accounts paste rows by hand for days.');
    await other.close();

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(page.url()).not.toContain('/i/');
    await expect.poll(() => cardTitles(page, 'Testing')).toContain('Bulk import from CSV');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps typed text through a reload even before the save delay ends, and refuses an empty title', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await card(page, 'Dark mode').click();
    const drawer = page.getByRole('dialog', { name: 'Dark mode' });
    await drawer.getByLabel('Summary').fill('Typed just before a reload');
    await page.reload();
    const again = page.getByRole('dialog', { name: 'Dark mode' });
    await expect.poll(() => again.getByLabel('Summary').inputValue()).toBe('Typed just before a reload');
    await expect.poll(() => again.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');

    await again.getByLabel('Title').fill('');
    await expect.poll(() => again.getByText('A title is required.').count()).toBe(1);
    expect(await again.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('Not saved yet');
    await page.reload();
    await expect.poll(() => page.getByRole('dialog').getByLabel('Title').inputValue()).toBe('');
    await page.getByRole('dialog').getByLabel('Title').fill('Dark theme');
    await expect.poll(() => page.getByRole('dialog', { name: 'Dark theme' }).getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    await context.close();
  });

  it('shows the lane history as a timeline with the time spent in each lane', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await card(page, 'Two-factor authentication').click();
    const drawer = page.getByRole('dialog', { name: 'Two-factor authentication' });
    await openTab(drawer, 'History');
    const times = drawer.locator('.lane-times');
    await expect.poll(() => times.textContent()).toContain('Strategy25 days');
    expect(await times.textContent()).toContain('Discovery35 days');
    expect(await times.textContent()).toContain('Delivery60 days');
    const items = drawer.locator('.timeline li');
    await expect.poll(() => items.count()).toBe(7);
    expect(await items.first().textContent()).toContain('Moved from In sprint to Released');
    expect(await items.last().textContent()).toContain('Created in Opportunities');
    await context.close();
  });

  it('closes an initiative with a reason, lists it in the archive and reopens it', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await card(page, 'Usage-based pricing tier').click();
    await page.getByRole('button', { name: 'Close initiative' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close “Usage-based pricing tier”' });
    await dialog.getByLabel('Killed').check();
    await dialog.getByRole('button', { name: 'Close initiative' }).click();
    await expect.poll(() => dialog.getByText('Say why: the reason is what the team learns from it.').count()).toBe(1);
    await dialog.getByLabel('Reason').fill('Agencies prefer seats after all.');
    await dialog.getByRole('button', { name: 'Close initiative' }).click();
    await expect.poll(() => page.getByText(/Closed as Killed on/).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Self-serve onboarding for small teams']);

    await page.getByRole('link', { name: 'Archive (8)' }).click();
    const row = page.getByRole('row', { name: /Usage-based pricing tier/ });
    expect(await row.textContent()).toContain('Agencies prefer seats after all.');
    await expectNoSeriousA11yViolations(page);
    await row.getByRole('button', { name: 'Reopen “Usage-based pricing tier”' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Usage-based pricing tier/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the board' }).click();
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Self-serve onboarding for small teams', 'Usage-based pricing tier']);
    await context.close();
  });

  it('deletes an initiative and brings it back with undo', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await card(page, 'Shared shopping lists').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => page.getByText('“Shared shopping lists” deleted.').count()).toBe(1);
    await expect.poll(() => cardTitles(page, 'Framing')).toEqual(['Offline mode for field technicians']);
    // The Archive lists it as deleted, with no "By" column: alone, it can only be you.
    await page.getByRole('link', { name: /^Archive/ }).click();
    const deleted = page.getByRole('region', { name: 'Deleted' }).getByRole('table');
    await expect.poll(() => deleted.getByRole('row').filter({ hasText: 'Shared shopping lists' }).count()).toBe(1);
    expect(await deleted.getByRole('columnheader').allTextContents()).toEqual(['Initiative', 'Deleted on', 'Actions']);
    await page.goBack();
    await waitForBoard(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => cardTitles(page, 'Framing')).toEqual(['Offline mode for field technicians', 'Shared shopping lists']);
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => cardTitles(page, 'Framing')).toEqual(['Offline mode for field technicians', 'Shared shopping lists']);
    await context.close();
  });
});
