import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, drag, expectNoSeriousA11yViolations, lane, openApp, openTab, waitForBoard, withBrowser } from './harness';

withBrowser();

const drawer = (page: Page, title: string) => page.getByRole('dialog', { name: title });
const stories = (scope: Locator) => scope.getByRole('region', { name: 'Stories' });
const story = (scope: Locator, text: string) => stories(scope).getByRole('article').filter({ has: scope.page().getByRole('heading', { name: new RegExp(text) }) });
const headings = (scope: Locator) => stories(scope).getByRole('heading', { level: 4 }).allTextContents();

async function fillCriterion(group: Locator, given: string, when: string, then: string) {
  await group.getByLabel('Given').fill(given);
  await group.getByLabel('When').fill(when);
  await group.getByLabel('Then').fill(then);
}

// A story's line: its estimate, status, sprint, and its checklists' progress (shown short, said in full).
const FACTS = '2 pointsTo doSprint 12DoR 8/8Definition of Ready: 8 of 8DoD 0/9Definition of Done: 0 of 9';

describe('stories and outcomes', () => {
  it('writes a story with two criteria, estimates, readies and plans it, finds it all after a reload, and reorders by keyboard and pointer', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Invoice PDF redesign').click();
    const invoice = drawer(page, 'Invoice PDF redesign');
    await openTab(invoice, 'Delivery');
    await stories(invoice).getByRole('button', { name: 'Write a story' }).click();
    const dialog = page.getByRole('dialog', { name: 'Write a story' });
    await dialog.getByLabel('As a').fill('finance manager at a customer company');
    await dialog.getByLabel('I want').fill('to see the invoice number in the email subject');
    await dialog.getByLabel('so that').fill('I can file it without opening it');
    await fillCriterion(dialog.getByRole('group', { name: 'Criterion 1' }), 'an invoice is sent', 'the email arrives', 'its subject holds the invoice number');
    await dialog.getByRole('button', { name: 'Add a criterion' }).click();
    await fillCriterion(dialog.getByRole('group', { name: 'Criterion 2' }), 'a credit note is sent', 'the email arrives', 'its subject says credit note');
    await dialog.getByRole('button', { name: 'Write story' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const written = story(invoice, 'invoice number in the email subject');
    // Its line says what is wanted; just written, it shows open, with its whole statement.
    await expect.poll(() => written.getByRole('heading', { level: 4 }).textContent()).toBe('5. to see the invoice number in the email subject');
    expect(await written.locator('.story__statement').textContent()).toBe('As a finance manager at a customer company, I want to see the invoice number in the email subject, so that I can file it without opening it.');
    await expect.poll(() => written.getByText(/Not ready: missing an estimate and the Definition of Ready \(0 of 8\)$/).count()).toBe(1);

    // Its details are open: estimate it, tick its Definition of Ready, plan it into the active sprint.
    const details = written.getByRole('form', { name: 'Details of story 5' });
    await details.getByLabel('Points').fill('2');
    await expect.poll(() => details.getByRole('status').textContent()).toBe('All changes saved');
    await written.locator('summary', { hasText: 'Definition of Ready: 0 of 8' }).click();
    const checks = written.locator('details').first().getByRole('checkbox');
    await expect.poll(() => checks.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      await checks.nth(i).check();
      await expect.poll(() => checks.nth(i).isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Definition of Ready: 8 of 8 ticked.');
    await written.getByLabel('Sprint', { exact: true }).selectOption({ label: 'Sprint 12 (active)' });
    await expect.poll(() => written.locator('.story__facts').textContent()).toBe(FACTS);
    expect(await written.locator('.story__readiness').textContent()).toBe('✓ Ready');
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    const again = story(drawer(page, 'Invoice PDF redesign'), 'invoice number in the email subject');
    // The reload keeps the Delivery tab, the story folded to its line.
    await expect.poll(() => again.locator('.story__facts').textContent()).toBe(FACTS);
    expect(await again.getByRole('form').count()).toBe(0);
    await again.getByRole('button', { name: '5. to see the invoice number in the email subject', expanded: false }).click();
    await expect.poll(() => again.getByRole('group', { name: 'Criterion 2' }).getByLabel('Then').inputValue()).toBe('its subject says credit note');
    expect(await again.getByRole('group', { name: 'Criterion 1' }).getByLabel('Given').inputValue()).toBe('an invoice is sent');
    expect(await again.getByLabel('Sprint', { exact: true }).inputValue()).not.toBe('');
    expect(await again.locator('summary', { hasText: 'Definition of Ready: 8 of 8' }).count()).toBe(1);

    // Reorder by keyboard: the move buttons, then the drag handle's keyboard mode.
    const reloaded = drawer(page, 'Invoice PDF redesign');
    await reloaded.getByRole('button', { name: 'Move story 5 up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await headings(reloaded))[3]).toMatch(/^4\. .*invoice number in the email subject/);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Story moved to position 4 of 5.');
    // Focus follows the story, so pressing again keeps moving it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move story 4 up');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await headings(reloaded))[2]).toMatch(/^3\. .*invoice number in the email subject/);

    // dnd-kit announces each step inside the drawer; its key listener starts a task after the pick-up.
    const dndSays = () => reloaded.locator('[aria-live]').allTextContents();
    await reloaded.getByRole('button', { name: 'Reorder story 3' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(dndSays).toContain('Story 3 over position 3 of 5.');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowUp');
    await expect.poll(dndSays).toContain('Story 3 over position 2 of 5.');
    await page.keyboard.press('Space');
    await expect.poll(dndSays).toContain('Story dropped at position 2 of 5.');
    await expect.poll(async () => (await headings(reloaded))[1]).toMatch(/^2\. .*invoice number in the email subject/);

    // And by pointer: drag its handle onto the first story's, both in the middle of the screen (a
    // point above the first one could fall outside the window, where no pointer goes).
    const firstHandle = reloaded.getByRole('button', { name: 'Reorder story 1' });
    await firstHandle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const first = (await firstHandle.boundingBox())!;
    await drag(page, reloaded.getByRole('button', { name: 'Reorder story 2' }), { x: first.x + first.width / 2, y: first.y + first.height / 2 });
    await expect.poll(async () => (await headings(reloaded))[0]).toMatch(/^1\. .*invoice number in the email subject/);
    // The list shows a drop at once; the new order is stored a moment later, which it then says.
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe('Story moved to position 1 of 5.');

    await page.reload();
    await expect.poll(async () => (await headings(drawer(page, 'Invoice PDF redesign')))[0]).toMatch(/^1\. .*invoice number in the email subject/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records an outcome on a released card, shows the verdict on the board, and starts a follow-up in Strategy', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    await card(page, 'Dark mode').click();
    const dark = drawer(page, 'Dark mode');
    await openTab(dark, 'Outcome');
    const outcome = dark.getByRole('region', { name: 'Outcome' });
    // Released a month ago, it is being measured against the key result it serves.
    await expect.poll(() => outcome.getByText('Verdict pending').count()).toBe(1);
    expect(await outcome.getByLabel('KPI or key result').inputValue()).toBe('Households still active eight weeks after joining (%)');
    expect(await outcome.getByLabel('Baseline').inputValue()).toBe('38');
    expect(await outcome.getByLabel('Target').inputValue()).toBe('45');
    await outcome.getByLabel('Actual').fill('abc');
    await expect.poll(() => outcome.getByText('Enter a number, or leave it empty.').count()).toBe(1);
    await outcome.getByLabel('Actual').fill('46.5');
    await outcome.getByLabel('Conclusion').fill('Evening users stayed once the screen stopped glaring.');
    await expect.poll(() => outcome.locator('.outcome__verdict').textContent()).toBe('✓Target met46.5 against a target of 45.');
    await expect.poll(() => outcome.getByRole('form', { name: 'Outcome' }).getByRole('status').textContent()).toBe('All changes saved');
    await expectNoSeriousA11yViolations(page);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => card(page, 'Dark mode').textContent()).toContain('Target met');
    await page.reload();
    await expect.poll(() => card(page, 'Dark mode').textContent()).toContain('Target met');

    await card(page, 'Dark mode').click();
    await openTab(drawer(page, 'Dark mode'), 'Outcome');
    await drawer(page, 'Dark mode').getByRole('button', { name: 'Create a follow-up' }).click();
    const follow = page.getByRole('dialog', { name: 'Create a follow-up' });
    expect(await follow.getByLabel('Title of the follow-up').inputValue()).toBe('Follow-up: Dark mode');
    await follow.getByLabel('Title of the follow-up').fill('Dark mode: scheduled switch');
    await follow.getByRole('button', { name: 'Create follow-up' }).click();
    // Shown in the dialog, and announced (the live region sits in the top dialog too).
    const created = 'Follow-up “Dark mode: scheduled switch” created in Opportunities.';
    await expect.poll(() => follow.locator('p', { hasText: created }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe(created);
    await follow.getByRole('link', { name: 'Open the follow-up' }).click();

    const next = drawer(page, 'Dark mode: scheduled switch');
    await expect.poll(() => next.getByText('Strategy · Opportunities').count()).toBe(1);
    await expect.poll(() => next.getByText('Follow-up to').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await next.getByRole('link', { name: 'Dark mode', exact: true }).click();
    await expect.poll(() => drawer(page, 'Dark mode').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardTitles(page, 'Opportunities')).toContain('Dark mode: scheduled switch');
    expect(await lane(page, 'Strategy').getByText('Dark mode: scheduled switch').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
