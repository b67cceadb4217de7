import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cspViolations, openApp, openTab, waitForBoard, withBrowser, type Session } from './harness';

withBrowser();

/** Classic payloads: each would set window.__xss (or break the page) if user text ever ran as code or markup. */
const X = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1">',
  svg: '"><svg onload=window.__xss=1>',
  js: 'javascript:window.__xss=1',
  mdLink: '[x](javascript:window.__xss=1)',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  proto: '__proto__',
  rtl: 'invoice\u202Egnp.exe\u202C done',
  iframe: '<iframe src="javascript:window.__xss=1"></iframe>',
  dataLink: '<a href="data:text/html,<script>window.__xss=1</script>">open</a>',
  literal: '${window.__xss=1}',
  quote: "'; window.__xss=1; //",
  style: '<style>body{display:none}</style>',
  mxss: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  i18n: '{{title}} {{count}} %s $&',
};
/** A 10,000-character string, the longest a long text takes. */
const LONG = '<b onclick=window.__xss=1>x</b>'.repeat(400).slice(0, 10_000);
const ALL = Object.values(X).join('\n');
/** A `<` or a `[…](` link a Markdown viewer would read as markup or a link, not escaped with a backslash. */
const UNESCAPED_MARKUP = /(^|[^\\])(<|\[[^\]]*\]\()/m;

/** Opens the sample and fails the session on any dialog (alert, confirm, prompt) a payload could open. */
async function hostileSession(): Promise<Session & { dialogs: string[] }> {
  const session = await openApp();
  const dialogs: string[] = [];
  session.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await waitForBoard(session.page);
  return { ...session, dialogs };
}

/** Nothing ran: no flag set, no dialog, no CSP violation, no error. */
async function expectNothingRan(session: Session & { dialogs: string[] }) {
  expect(await session.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await cspViolations(session.page)).toEqual([]);
  expect(session.dialogs).toEqual([]);
  expect(session.errors).toEqual([]);
}

/** The text is on the page as text (not parsed into elements). */
async function expectShown(scope: Page | Locator, text: string) {
  await expect.poll(() => scope.getByText(text, { exact: true }).count()).toBeGreaterThan(0);
}

const drawerOf = (page: Page, title: string) => page.getByRole('dialog', { name: title });
const region = (scope: Page | Locator, name: string) => scope.getByRole('region', { name, exact: true });

describe('hostile text', () => {
  it('an initiative, its hypothesis, story and interview: typed, reloaded, shown as text everywhere, exported as text', async () => {
    const session = await hostileSession();
    const { page } = session;
    const title = X.img;

    await page.getByRole('button', { name: 'New initiative', exact: true }).click();
    const create = page.getByRole('dialog', { name: 'New initiative' });
    await create.getByLabel('Title').fill(title);
    await create.getByLabel('Summary').fill(LONG);
    await create.getByLabel('Problem statement').fill(ALL);
    await create.getByLabel('Owner').fill(X.template);
    await create.getByLabel('Tags').fill(`${X.proto}, constructor, ${X.svg}`);
    await create.getByRole('button', { name: 'Create initiative' }).click();
    await expect.poll(() => create.count()).toBe(0);

    await card(page, title).click();
    const drawer = drawerOf(page, title);
    await openTab(drawer, 'Discovery');
    await region(drawer, 'Hypotheses').getByRole('button', { name: 'Log a hypothesis' }).click();
    const log = page.getByRole('dialog', { name: 'Log a hypothesis' });
    await log.getByLabel('We believe that [doing this]').fill(X.script);
    await log.getByLabel('for [persona]').fill(X.js);
    await log.getByLabel('will achieve [outcome]').fill(X.mdLink);
    await log.getByLabel('We will know this is true when we see [signal]').fill(X.rtl);
    await log.getByRole('button', { name: 'Log hypothesis' }).click();
    await expect.poll(() => log.count()).toBe(0);

    await openTab(drawer, 'Delivery');
    await region(drawer, 'Stories').getByRole('button', { name: 'Write a story' }).click();
    const write = page.getByRole('dialog', { name: 'Write a story' });
    await write.getByLabel('As a').fill(X.svg);
    await write.getByLabel('I want').fill(X.iframe);
    await write.getByLabel('so that').fill(X.literal);
    const criterion = write.getByRole('group', { name: 'Criterion 1' });
    await criterion.getByLabel('Given').fill(X.dataLink);
    await criterion.getByLabel('When').fill(X.quote);
    await criterion.getByLabel('Then').fill(X.proto);
    await write.getByRole('button', { name: 'Write story' }).click();
    await expect.poll(() => write.count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Interviews', exact: true }).click();
    await page.getByRole('button', { name: 'New interview' }).click();
    const interview = page.getByRole('dialog', { name: 'New interview' });
    await interview.getByLabel('Participant alias').fill(X.style);
    await interview.getByLabel('Role').fill(X.i18n);
    await interview.getByLabel('Initiative').selectOption({ label: title });
    await interview.getByRole('button', { name: 'Create interview' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Interview with ${X.style}`);
    await page.getByLabel('Memorable quote').fill(X.mxss);
    await page.getByLabel('Insights').fill(ALL);
    await expect.poll(() => page.getByText('All changes saved').count()).toBeGreaterThan(0);
    await expectNothingRan(session);

    // After a reload, every surface that shows this text.
    await page.reload();
    await expect.poll(() => page.getByLabel('Memorable quote').inputValue()).toBe(X.mxss);
    expect(await page.getByLabel('Insights').inputValue()).toBe(ALL);
    await expectShown(page, `Interview with ${X.style}`);
    await page.getByRole('link', { name: 'All interviews' }).click();
    await expect.poll(() => page.getByRole('link', { name: new RegExp(`^Interview with ${X.style.replace(/[{}()*+?.\\^$|[\]]/g, '\\$&')}`) }).count()).toBe(1);
    await expectNothingRan(session);

    await page.goto('/');
    await waitForBoard(page);
    await expectShown(page.locator('.card__title'), title);
    await card(page, title).click();
    const again = drawerOf(page, title);
    await expect.poll(() => again.getByLabel('Summary').inputValue()).toBe(LONG);
    expect(await again.getByLabel('Problem statement').inputValue()).toBe(ALL);
    expect(await again.getByLabel('Owner').inputValue()).toBe(X.template);
    expect(await again.getByLabel('Tags').inputValue()).toBe(`${X.proto}, constructor, ${X.svg}`);
    await openTab(again, 'Discovery');
    await expect.poll(() => region(again, 'Hypotheses').getByText(X.script, { exact: false }).count()).toBeGreaterThan(0);
    await openTab(again, 'Delivery');
    await expect.poll(() => region(again, 'Stories').getByText(X.iframe, { exact: false }).count()).toBeGreaterThan(0);
    await expectNothingRan(session);

    // The Markdown export holds the text escaped, so that a Markdown viewer shows it as text too.
    const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'Export as Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_xss=1"\\>');
    expect(markdown).toContain('\\<script\\>window.\\_\\_xss=1\\</script\\>');
    expect(markdown).not.toMatch(UNESCAPED_MARKUP);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    await expect.poll(() => page.getByText(X.script, { exact: false }).count()).toBeGreaterThan(0);
    await expectShown(page, title);
    await expectNothingRan(session);
    await session.context.close();
  });

  it('a sprint goal, a ritual note and action item, an outcome conclusion: typed, reloaded, shown as text', async () => {
    const session = await hostileSession();
    const { page } = session;
    await page.getByRole('link', { name: 'Delivery', exact: true }).click();
    await page.getByRole('button', { name: 'New sprint' }).click();
    const sprint = page.getByRole('dialog', { name: 'New sprint' });
    await sprint.getByLabel('Sprint goal').fill(X.svg);
    await sprint.getByRole('button', { name: 'Plan sprint' }).click();
    await region(page, 'Planned sprints').getByRole('link', { name: 'Sprint 13' }).click();
    await expectShown(page, X.svg);
    const sprintView = page.url();

    await page.getByRole('link', { name: 'Delivery', exact: true }).first().click();
    await region(page, 'Active sprint').getByRole('link', { name: 'Sprint 12' }).click();
    await region(page, 'Rituals').getByRole('button', { name: 'Start a retrospective' }).click();
    const start = page.getByRole('dialog', { name: 'Start a retrospective' });
    await expect.poll(() => start.getByRole('button', { name: 'Start', exact: true }).isEnabled()).toBe(true);
    await start.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: /^Add a note on / }).first().click();
    await page.keyboard.type(X.img);
    const actions = region(page, 'Action items');
    await actions.getByLabel('Action', { exact: true }).fill(X.js);
    await actions.getByLabel('Owner').fill(X.proto);
    await actions.getByRole('button', { name: 'Add action item' }).click();
    await expect.poll(() => actions.getByRole('listitem').filter({ hasText: X.js }).count()).toBe(1);
    await expect.poll(() => page.getByText('All changes saved').count()).toBeGreaterThan(0);
    const ritual = page.url();

    await page.goto('/');
    await waitForBoard(page);
    await card(page, 'Dark mode').click();
    await openTab(drawerOf(page, 'Dark mode'), 'Outcome');
    const outcome = drawerOf(page, 'Dark mode').getByRole('region', { name: 'Outcome' });
    await outcome.getByLabel('KPI or key result').fill(X.template);
    await outcome.getByLabel('Conclusion').fill(X.mdLink);
    await expect.poll(() => outcome.getByRole('form', { name: 'Outcome' }).getByRole('status').textContent()).toBe('All changes saved');
    await expectNothingRan(session);

    await page.reload();
    const reloaded = drawerOf(page, 'Dark mode').getByRole('region', { name: 'Outcome' });
    await expect.poll(() => reloaded.getByLabel('Conclusion').inputValue()).toBe(X.mdLink);
    expect(await reloaded.getByLabel('KPI or key result').inputValue()).toBe(X.template);
    await page.goto(sprintView);
    await expectShown(page, X.svg);
    await page.goto(ritual);
    await expect.poll(() => actions.getByRole('listitem').filter({ hasText: X.js }).count()).toBe(1);
    await expect.poll(() => page.locator('textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value))).toContain(X.img);
    await expectNothingRan(session);
    await session.context.close();
  });

  it('the strategy vision and an objective: typed, reloaded, shown as text on the strategy page and the roadmap', async () => {
    const session = await hostileSession();
    const { page } = session;
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await page.getByLabel('Vision statement').fill(ALL);
    const objective = '<b onmouseover=window.__xss=1>Grow</b>';
    await page.getByLabel('New objective').fill(objective);
    await page.getByRole('button', { name: 'Add objective' }).click();
    await expect.poll(() => page.getByRole('article', { name: objective }).count()).toBe(1);
    await expect.poll(() => page.getByText('All changes saved').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Back to the board' }).click();
    await waitForBoard(page);
    await card(page, 'Usage-based pricing tier').click();
    await openTab(drawerOf(page, 'Usage-based pricing tier'), 'Strategy');
    await drawerOf(page, 'Usage-based pricing tier').getByRole('region', { name: 'Strategy', exact: true }).getByLabel('Objective it serves').selectOption({ label: objective });
    await expect.poll(() => page.getByTestId('live-region').textContent()).toBe(`Now serves “${objective}”.`);
    await page.keyboard.press('Escape');

    await page.reload();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Strategy', exact: true }).click();
    await expect.poll(() => page.getByLabel('Vision statement').inputValue()).toBe(ALL);
    await expect.poll(() => page.getByRole('article', { name: objective }).count()).toBe(1);
    await page.getByRole('link', { name: 'Back to the board' }).click();
    await page.getByRole('link', { name: 'Roadmap', exact: true }).click();
    await expectShown(page.getByRole('heading', { level: 3 }), objective);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    // Escaped, so that a Markdown viewer shows it as text too.
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('### \\<b onmouseover=window.\\_\\_xss=1\\>Grow\\</b\\>\n');
    expect(markdown).not.toMatch(UNESCAPED_MARKUP);
    await expectNothingRan(session);
    await session.context.close();
  });
});
