import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const PREVIOUS = 'Previous action items reviewed: done, still relevant, or dropped';

/** The stopwatch's reading in seconds ("1:05 / 1:30:00" is 65). */
async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').locator('.ritual-timer__elapsed').textContent()) ?? '';
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** From the board to the sample's active sprint, as a user goes there. */
async function openActiveSprint(page: Page) {
  await waitForBoard(page);
  await page.getByRole('link', { name: 'Delivery', exact: true }).click();
  await region(page, 'Active sprint').getByRole('link', { name: 'Sprint 12' }).click();
  await expect.poll(() => heading(page)).toMatch(/^Sprint 12/);
}

async function startRitual(page: Page, button: string) {
  await region(page, 'Rituals').getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect.poll(() => dialog.getByRole('button', { name: 'Start', exact: true }).isEnabled()).toBe(true);
  return dialog;
}

describe('delivery: rituals', () => {
  it('runs a retrospective, resumes it after a reload, finishes it, and reviews its action in the next one', async () => {
    const { page, context, errors } = await openApp({ clock: true });
    await openActiveSprint(page);

    const dialog = await startRitual(page, 'Start a retrospective');
    expect(await dialog.getByLabel('Template').inputValue()).toBe('builtin:retro-start-stop-continue');
    expect(await dialog.getByText('Timebox: 1 h 30 (scaled to a 2-week sprint)').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Retrospective: Start, Stop, Continue · Sprint 12');
    expect(await page.getByRole('timer').textContent()).toMatch(/^0:0\d \/ 1:30:00$/);

    // The sample's open actions come first, to review before anything else.
    const review = region(page, 'Open action items from previous retrospectives');
    await expect.poll(() => review.getByRole('listitem').count()).toBe(2);

    await page.getByRole('checkbox', { name: PREVIOUS }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: PREVIOUS }).isChecked()).toBe(true);
    await page.getByRole('button', { name: `Add a note on “${PREVIOUS}”` }).click();
    await page.keyboard.type('Both still open: Hugo needs help');

    const actions = region(page, 'Action items');
    await actions.getByLabel('Action', { exact: true }).fill('Pair on every release');
    await actions.getByLabel('Owner').fill('Malik');
    await actions.getByLabel('Due date').fill('2030-01-10');
    await actions.getByRole('button', { name: 'Add action item' }).click();
    await expect.poll(() => actions.getByRole('listitem').filter({ hasText: 'Pair on every release' }).textContent()).toMatch(/Owner: Malik.*Due Jan 10, 2030/);
    await expectNoSeriousA11yViolations(page);

    // Half-way: a reload finds everything, and the timer still running.
    await page.clock.fastForward(1200);
    const before = await timerSeconds(page);
    await page.reload();
    await expect.poll(() => page.getByRole('checkbox', { name: PREVIOUS }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: `Note on “${PREVIOUS}”` }).inputValue()).toBe('Both still open: Hugo needs help');
    await expect.poll(() => actions.getByRole('listitem').filter({ hasText: 'Pair on every release' }).count()).toBe(1);
    await expect.poll(() => timerSeconds(page)).toBeGreaterThan(before);
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);

    // Paused, it stays paused across a reload.
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => page.getByText(/Paused$/).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    const paused = await timerSeconds(page);
    await page.clock.fastForward(5000);
    expect(await timerSeconds(page)).toBe(paused);
    await page.getByRole('button', { name: 'Resume' }).click();

    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect.poll(() => page.getByText(/^✓ Finished on .+ in under a minute, 1\/4 items\./).count()).toBe(1);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Add action item|Done|Carry over/ }).count()).toBe(0);
    expect(await region(page, 'Checklist').getByText('Both still open: Hugo needs help').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    // The sprint's ritual history lists it, finished, with its duration and completion.
    await page.getByRole('link', { name: 'Back to Sprint 12' }).click();
    const history = page.getByRole('list', { name: 'Ritual history' });
    const row = history.getByRole('listitem').first();
    await expect.poll(() => row.textContent()).toMatch(/RetrospectiveRetrospective: Start, Stop, Continue.*under a minute.*1\/4 items.*Finished/);

    // The next retrospective shows the new action first among those to review, and carries it over.
    await (await startRitual(page, 'Start a retrospective')).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.getByRole('timer').count()).toBe(1);
    const next = region(page, 'Open action items from previous retrospectives');
    await expect.poll(() => next.getByRole('listitem').count()).toBe(3);
    expect(await next.getByRole('listitem').first().textContent()).toMatch(/^Pair on every releaseOwner: Malik/);
    await next.getByRole('button', { name: 'Carry over: Pair on every release' }).click();
    await expect.poll(() => next.getByRole('listitem').first().textContent()).toMatch(/Carried over once.*Carried over in this retrospective/);
    expect(await next.getByText('2 to review').count()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs a daily in one minute: blockers and focus first, the checklist on demand', async () => {
    const { page, context, errors } = await openApp();
    await openActiveSprint(page);
    await (await startRitual(page, 'Start a daily scrum')).getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Daily scrum · Sprint 12');
    expect(await page.getByRole('timer').textContent()).toMatch(/ \/ 15:00$/);

    const daily = region(page, 'One-minute daily');
    await daily.getByLabel('Yesterday’s blockers').fill('Waiting for the legal wording (Camille)\nStaging is down');
    await daily.getByLabel('Today’s focus').fill('Ship the keyboard checkout');
    expect(await region(page, 'Checklist').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the full checklist' }).click();
    expect(await page.getByRole('button', { name: 'Hide the checklist' }).getAttribute('aria-expanded')).toBe('true');
    // Its blockers and focus fields are the ones above, not asked twice.
    expect(await region(page, 'Checklist').getByRole('textbox').count()).toBe(0);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await expect.poll(() => page.getByText(/^✓ Finished on /).count()).toBe(1);
    expect(await daily.getByRole('listitem').allTextContents()).toEqual(['Waiting for the legal wording (Camille)', 'Staging is down']);
    expect(await daily.getByText('Ship the keyboard checkout').count()).toBe(1);

    expect(errors).toEqual([]);
    await context.close();
  });
});
