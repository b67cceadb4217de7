import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseURL = () => inject('baseURL');

/** A path named `name` in a folder of its own, for a file a test downloads or uploads; the run removes it after. */
export const testFile = (name: string) => join(mkdtempSync(join(inject('filesDir'), 'f-')), name);

let browser: Browser;

/** One browser per test file; each test opens its own context, so its own fresh IndexedDB. */
export function withBrowser() {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

interface OpenOptions {
  locale?: string;
  path?: string;
  viewport?: { width: number; height: number };
  touch?: boolean;
  /** Installs Playwright's clock before the app loads, so a test moves time on (a timer) instead of waiting for it. */
  clock?: boolean;
  /** Installs the clock at this moment (ISO), so what the sample dates in days ago falls on known days. */
  time?: string;
  /** Another origin than the preview server's: a team server serving the same build. */
  baseURL?: string;
}

export async function openApp(options: OpenOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    hasTouch: options.touch ?? false,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    baseURL: options.baseURL ?? baseURL(),
  });
  // Fail fast with the step that hung, well inside the test's own timeout.
  context.setDefaultTimeout(10_000);
  const errors: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => errors.push(`CSP violation: ${text}`));
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (options.clock || options.time) await page.clock.install(options.time ? { time: options.time } : undefined);
  await page.goto(options.path ?? '/');
  return { context, page, errors };
}

interface CspWindow {
  __cspViolations: string[];
  __reportCspViolation?: (text: string) => void;
}

/**
 * Runs in every page before its own scripts: records each Content-Security-Policy violation on
 * window (read with cspViolations) and reports it to the session's errors.
 */
function recordCspViolations() {
  const w = window as unknown as CspWindow;
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`;
    w.__cspViolations.push(text);
    w.__reportCspViolation?.(text);
  });
}

/** The Content-Security-Policy violations this page has seen since it loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as CspWindow).__cspViolations);
}

export async function newTab(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(path);
  return page;
}

export const lane = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const stageList = (page: Page, stage: string) => page.getByRole('list', { name: stage, exact: true });

/** The card whose accessible name starts with this title. */
export const card = (scope: Page | Locator, title: string) =>
  scope.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first();

export async function cardTitles(page: Page, stage: string): Promise<string[]> {
  return stageList(page, stage).locator('.card__title').allTextContents();
}

/**
 * What screen readers were last told: the app's live region and dnd-kit's (one per list, or in a
 * dialog). Empty regions say nothing: the board's drag code, loaded at the first touch, adds one.
 */
const liveText = async (page: Page) =>
  (await page.locator('[data-testid="live-region"], [id^="DndLiveRegion"]').allTextContents()).filter((text) => text !== '').join('|');

/** The next two frames: what a pointer move changed is laid out and painted, as a person would see it before letting go. */
const painted = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Waits for the pick-up announcement that follows `before` in the live regions: the drag has started. */
async function pickedUp(page: Page, before: string) {
  await expect.poll(() => liveText(page)).not.toBe(before);
}

/** A real pointer drag: press, move in steps (past dnd-kit's 5 px threshold), release. */
export async function drag(page: Page, from: Locator, to: { x: number; y: number }) {
  const box = (await from.boundingBox())!;
  const before = await liveText(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
  await pickedUp(page, before);
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await painted(page);
  await page.mouse.move(to.x, to.y + 1, { steps: 2 });
  await painted(page);
  await page.mouse.up();
}

/** A finger drag: touch, hold past the sensor's delay, slide, lift. Sent through CDP as real touch events. */
export async function touchDrag(page: Page, from: Locator, to: { x: number; y: number }) {
  const box = (await from.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: { x: number; y: number } | null) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? [{ x: p.x, y: p.y }] : [] });
  const before = await liveText(page);
  await touch('touchStart', start);
  // Held until the app says the card is picked up (the sensor's delay has passed), as a finger would.
  await pickedUp(page, before);
  for (let i = 1; i <= 15; i++) {
    await touch('touchMove', { x: start.x + ((to.x - start.x) * i) / 15, y: start.y + ((to.y - start.y) * i) / 15 });
    await painted(page);
  }
  await touch('touchEnd', null);
  await cdp.detach();
}

/** The middle of a stage's list, just above its top or below its last card. */
export async function stagePoint(page: Page, stage: string, where: 'top' | 'bottom') {
  const scroll = stageList(page, stage).locator('xpath=..');
  const box = (await scroll.boundingBox())!;
  return { x: box.x + box.width / 2, y: where === 'top' ? box.y + 4 : box.y + box.height - 10 };
}

export async function expectNoSeriousA11yViolations(page: Page) {
  // Evaluated through the DevTools protocol: an inline <script> tag would be blocked by the app's CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

export async function waitForBoard(page: Page) {
  await page.getByRole('region', { name: /Strategy|Stratégie/ }).waitFor();
  await page.locator('.card__title').first().waitFor();
}

/** Picks up the focused card with Space and waits for the announcement. */
export async function pickUp(page: Page) {
  await page.keyboard.press('Space');
  await expect.poll(() => page.getByTestId('live-region').textContent()).toMatch(/Picked up|prise\./);
}

/** Opens a tab of the initiative page as a user does, and waits until it shows as selected. */
export async function openTab(drawer: Locator, name: string) {
  const tab = drawer.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}
