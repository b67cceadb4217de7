// Measurements in one page of the app: board ready after a cold reload, a raw IndexedDB read
// for comparison, keyboard moves, a pointer drag, search keystrokes, JS heap, long tasks, and
// (once per run) the gzipped size of the JavaScript a first visit loads, and of a lazy chunk.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DB_NAME } from './seed.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs at document start in every page of the context: keeps every long task (from navigation
 * on) and lets a measurement "arm" a key, so the keydown's event.timeStamp starts its clock.
 */
function pageProbes() {
  const plb = { longTasks: [], armed: null };
  window.__plb = plb;
  // What an armed key waits for, polled once per animation frame.
  plb.checks = {
    /** The li at aria-posinset `pos` of `list` shows the card titled `title`. */
    cardAt: ({ list, pos, title }) => list.querySelector(`li[aria-posinset="${pos}"] .card__title`)?.textContent === title,
    /** The board says it rendered the filter the search box holds (and holds what was typed). */
    filterApplied: ({ input, expected }) => input.value === expected && document.querySelector('.board')?.getAttribute('data-filter-applied') === input.value,
    /** The feedback inbox says it rendered the notes matching what its search box holds. */
    inboxFilterApplied: ({ input, expected }) => input.value === expected && document.querySelector('.inbox__list')?.getAttribute('data-filter-applied') === input.value,
    /** The command palette shows the results of what its search box holds. */
    paletteApplied: ({ input, expected }) => input.value === expected && document.querySelector('[cmdk-list]')?.getAttribute('data-query') === expected,
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) plb.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    plb.noLongTasks = true;
  }
  addEventListener(
    'keydown',
    (event) => {
      const arm = plb.armed;
      if (arm && arm.t0 === null && event.code === arm.code) {
        arm.t0 = event.timeStamp;
        arm.start();
      }
    },
    true,
  );
}

export async function installProbes(context) {
  await context.addInitScript(pageProbes);
}

/** The longest long task overlapping [from, to] (page clock), or 0. */
async function longestTaskBetween(page, from, to) {
  await sleep(150); // long task entries are delivered to observers asynchronously
  return page.evaluate(
    ({ from, to }) => Math.max(0, ...window.__plb.longTasks.filter((t) => t.start <= to && t.start + t.duration >= from).map((t) => t.duration)),
    { from, to },
  );
}

const pageNow = (page) => page.evaluate(() => performance.now());

/** The board is on screen with at least one card. */
export async function waitForBoard(page, timeout = 60_000) {
  await page.locator('.board').waitFor({ timeout });
  await page.locator('.card__title').first().waitFor({ timeout });
}

/** The cards on screen by how many lines their title takes, and their shortest and tallest slot: heights vary. */
export async function measureCardShapes(page) {
  return page.evaluate(() => {
    const lines = [0, 0, 0, 0];
    const heights = [];
    for (const title of document.querySelectorAll('.stage__item .card__title')) {
      const n = Math.round(title.clientHeight / parseFloat(getComputedStyle(title).lineHeight));
      lines[Math.min(4, Math.max(1, n)) - 1] += 1;
      heights.push(title.closest('.stage__item').getBoundingClientRect().height);
    }
    return { lines, minHeight: Math.min(...heights), maxHeight: Math.max(...heights) };
  });
}

/** Reloads `times` times; per load, the plb:board-ready mark and the longest task before it. */
export async function measureBoardReady(page, times = 3) {
  const ready = [];
  const loadTasks = [];
  for (let i = 0; i < times; i++) {
    await page.reload({ waitUntil: 'load' });
    const handle = await page.waitForFunction(() => performance.getEntriesByName('plb:board-ready')[0]?.startTime, null, { polling: 50, timeout: 120_000 });
    const at = await handle.jsonValue();
    ready.push(at);
    loadTasks.push(await longestTaskBetween(page, 0, at));
  }
  return { boardReadyMs: median(ready), loadLongestTaskMs: Math.max(...loadTasks), samples: ready };
}

/** Reloads the page `times` times: per load, when the User Timing `mark` was set, and the longest task before it. */
export async function measureMarkReady(page, mark, times = 3) {
  const ready = [];
  const tasks = [];
  for (let i = 0; i < times; i++) {
    await page.reload({ waitUntil: 'load' });
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, mark, { polling: 50, timeout: 120_000 });
    const at = await handle.jsonValue();
    ready.push(at);
    tasks.push(await longestTaskBetween(page, 0, at));
  }
  return { readyMs: median(ready), longestTaskMs: Math.max(...tasks), samples: ready };
}

/** Reloads the list view `times` times: the median time to its first rows (the plb:list-ready mark). */
export async function measureListReady(page, times = 3) {
  const { readyMs, longestTaskMs, samples } = await measureMarkReady(page, 'plb:list-ready', times);
  return { listReadyMs: readyMs, listLoadLongestTaskMs: longestTaskMs, samples };
}

/**
 * Scrolls the list from top to bottom in `steps` wheel-sized jumps, one per frame, then checks the
 * last row shows: the largest gap between animation frames and the longest task meanwhile.
 */
export async function measureListScroll(page, rows, steps = 120) {
  const problems = [];
  const t0 = await pageNow(page);
  const maxGap = await page.evaluate(
    (steps) =>
      new Promise((resolve) => {
        const scroller = document.querySelector('.list-scroll');
        const stride = (scroller.scrollHeight - scroller.clientHeight) / steps;
        let step = 0;
        let last = null;
        let gap = 0;
        const frame = (now) => {
          if (last !== null) gap = Math.max(gap, now - last);
          last = now;
          if (step++ >= steps) return resolve(gap);
          scroller.scrollTop = Math.round(stride * step);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    steps,
  );
  // Rows measured taller or shorter than estimated move the bottom: follow it until the last row shows.
  const lastShown = await page
    .waitForFunction(
      (index) => {
        const scroller = document.querySelector('.list-scroll');
        scroller.scrollTop = scroller.scrollHeight;
        return !!scroller.querySelector(`tr[aria-rowindex="${index}"]`);
      },
      rows + 1,
      { timeout: 5000, polling: 'raf' },
    )
    .then(() => true)
    .catch(() => false);
  const t1 = await pageNow(page);
  if (!lastShown) problems.push(`list scroll: the last of ${rows} rows did not show at the bottom`);
  return { listScrollMaxFrameGapMs: maxGap, listScrollLongestTaskMs: await longestTaskBetween(page, t0, t1), problems };
}

/** Opens the app's database with raw IndexedDB and reads every store in one readonly transaction. */
export async function measureRawRead(page, times = 3) {
  const samples = [];
  let records = 0;
  for (let i = 0; i < times; i++) {
    const result = await page.evaluate(async (dbName) => {
      const t0 = performance.now();
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const results = await Promise.all(
        names.map(
          (name) =>
            new Promise((resolve, reject) => {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => resolve(request.result.length);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      const ms = performance.now() - t0;
      db.close();
      return { ms, records: results.reduce((a, b) => a + b, 0) };
    }, DB_NAME);
    samples.push(result.ms);
    records = result.records;
  }
  return { rawReadMs: median(samples), samples, records };
}

export async function measureHeap(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

export const stageList = (page, name) => page.getByRole('list', { name, exact: true });

/**
 * Focuses a card's handle, picks the card up with Space and moves it one place down with ArrowDown:
 * the next Space drops it. `progress.step` says how far it got, for a failure's message.
 */
export async function liftAndLower(page, handle, progress = {}) {
  progress.step = 'pick up';
  await handle.focus();
  await page.keyboard.press('Space');
  await page.locator('.card--overlay').waitFor({ timeout: 10_000 });
  // dnd-kit's keyboard sensor starts listening for keys in a setTimeout(0) queued by the
  // pick-up: a timer queued now fires after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  progress.step = 'ArrowDown (no drop line)';
  await page.keyboard.press('ArrowDown');
  await page.locator('.drop-line').waitFor({ timeout: 10_000 });
  progress.step = 'drop';
}

/** Cancels a move that failed half-way, so the next one starts from a calm board. */
export async function putBack(page) {
  await page.keyboard.press('Escape');
  await page.locator('.card--overlay').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/**
 * Arms the page: on the next keydown with this code, start a clock at its event.timeStamp and
 * poll with requestAnimationFrame until the named check holds; window.__plb.armed.done then
 * resolves with the elapsed ms (or null after `timeout` ms).
 */
async function arm(page, code, check, args, timeout = 5000) {
  await page.evaluate(
    ({ code, check, args, timeout }) => {
      const holds = window.__plb.checks[check];
      let resolve;
      const done = new Promise((r) => (resolve = r));
      const armed = { code, t0: null, done };
      armed.start = () => {
        const tick = () => {
          if (holds(args)) resolve(performance.now() - armed.t0);
          else if (performance.now() - armed.t0 > timeout) resolve(null);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      };
      window.__plb.armed = armed;
    },
    { code, check, args, timeout },
  );
}

const armedResult = (page) => page.evaluate(() => window.__plb.armed.done);

/**
 * Keyboard moves: focus the card at a position, Space, ArrowDown, Space. Each move is timed from
 * the dropping Space's keydown to the DOM showing the card one position lower.
 */
export async function measureKeyboardMoves(page, stageNames, moves = 20) {
  const times = [];
  const problems = [];
  const from = await pageNow(page);
  for (let k = 0; k < moves; k++) {
    const listName = stageNames[k % stageNames.length];
    const pos = 1 + Math.floor(k / stageNames.length);
    const list = stageList(page, listName);
    const listElement = await list.elementHandle();
    const handle = list.locator(`li[aria-posinset="${pos}"] .card__handle`);
    const title = await handle.locator('.card__title').textContent();
    const progress = {};
    try {
      await liftAndLower(page, handle, progress);
      await arm(page, 'Space', 'cardAt', { list: listElement, pos: pos + 1, title });
      await page.keyboard.press('Space');
      const ms = await armedResult(page);
      if (ms === null) problems.push(`keyboard move ${k + 1}: "${title}" in ${listName} did not show at position ${pos + 1} within 5 s of the drop`);
      else times.push(ms);
      await page.locator('.card--overlay').waitFor({ state: 'detached', timeout: 10_000 });
    } catch (error) {
      problems.push(`keyboard move ${k + 1} ("${title}" in ${listName}) failed at ${progress.step}: ${String(error.message).split('\n')[0]}`);
      await putBack(page);
    }
    await listElement.dispose();
    await sleep(50);
  }
  const longestTaskMs = await longestTaskBetween(page, from, await pageNow(page));
  return { keyboardMoveP95Ms: times.length ? percentile(times, 95) : null, samples: times, longestTaskMs, problems };
}

/**
 * A real 2-second pointer drag from the first card of the first stage to the last stage of
 * Delivery, in 60 steps: the longest task and the largest gap between animation frames from
 * the press to the release. The drop that follows (through the Delivery gate, until the card
 * shows in the last stage) is timed on its own, with its longest task.
 */
/**
 * The stage furthest right whose column is wholly in view: with the sidebar, a 1440 px window
 * shows the board up to its last stage but one, and a drop lands where the pointer is.
 */
export async function lastStageInView(page, names) {
  const width = page.viewportSize().width;
  for (const name of [...names].reverse()) {
    const box = await stageList(page, name).locator('xpath=..').boundingBox();
    if (box && box.x + box.width <= width) return name;
  }
  return names.at(-1);
}

export async function measureDrag(page, firstStage, lastStage, { steps = 60, durationMs = 2000 } = {}) {
  const problems = [];
  // Earlier keyboard moves may have scrolled the stage past its first card (cards are up to four
  // title lines tall, and only those near the view are rendered): scroll back to the top first.
  await stageList(page, firstStage).locator('xpath=..').evaluate((scroller) => (scroller.scrollTop = 0));
  const handle = stageList(page, firstStage).locator('li[aria-posinset="1"] .card__handle');
  const title = await handle.locator('.card__title').textContent();
  await handle.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await handle.boundingBox();
  const targetList = stageList(page, lastStage);
  const target = await targetList.locator('xpath=..').boundingBox();
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const end = { x: Math.min(target.x + target.width / 2, page.viewportSize().width - 40), y: target.y + Math.min(target.height / 2, 200) };

  const t0 = await page.evaluate(() => {
    const probe = { running: true, maxGap: 0, last: null };
    window.__plb.frames = probe;
    const frame = (now) => {
      if (!probe.running) return;
      if (probe.last !== null) probe.maxGap = Math.max(probe.maxGap, now - probe.last);
      probe.last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    return performance.now();
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const began = Date.now();
  let dragging = false;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
    if (i === steps / 2) dragging = (await page.locator('.card--overlay').count()) > 0;
    const wait = began + (durationMs * i) / steps - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
  const { t1, maxGap } = await page.evaluate(() => {
    window.__plb.frames.running = false;
    return { t1: performance.now(), maxGap: window.__plb.frames.maxGap };
  });
  if (!dragging) problems.push(`pointer drag: no card was being dragged halfway through (is "${title}" in view?)`);

  // Entering Delivery passes the gate: a card without a validated hypothesis needs a reason.
  const gate = page.getByRole('dialog', { name: /not ready for Delivery/ });
  if (await gate.waitFor({ timeout: 2000 }).then(() => true, () => false)) {
    await gate.getByLabel('Why proceed anyway?').fill('Benchmark');
    await gate.getByRole('button', { name: 'Move to Delivery anyway' }).click();
  }
  // The drop: the card shows in the last stage (or it did not land).
  const list = await targetList.elementHandle();
  const landed = await page
    .waitForFunction(({ list, title }) => [...list.querySelectorAll('.card__title')].some((el) => el.textContent === title), { list, title }, { timeout: 5000, polling: 'raf' })
    .then(() => true)
    .catch(() => false);
  const t2 = await pageNow(page);
  await list.dispose();
  if (!landed) problems.push(`pointer drag: "${title}" did not show in ${lastStage} within 5 s of the drop`);
  return {
    dragLongestTaskMs: await longestTaskBetween(page, t0, t1),
    dragMaxFrameGapMs: maxGap,
    dropMs: landed ? t2 - t1 : null,
    dropLongestTaskMs: await longestTaskBetween(page, t1, t2),
    problems,
  };
}

/** Where a search box is, and how the page says it applied what was typed: the board's by default. */
const BOARD_SEARCH = { name: 'Search initiatives', check: 'filterApplied', what: 'the board' };

/** Types a word into a search box, one key at a time; null when the page has no such search box. */
export async function measureFilter(page, word, { name, check, what } = BOARD_SEARCH) {
  const box = page.getByRole('searchbox', { name });
  if ((await box.count()) === 0) return { filterKeystrokeP95Ms: null, problems: [], missing: true };
  const times = [];
  const problems = [];
  await box.fill('');
  await box.focus();
  const input = await box.elementHandle();
  const from = await pageNow(page);
  for (let i = 0; i < word.length; i++) {
    const char = word[i];
    await arm(page, `Key${char.toUpperCase()}`, check, { input, expected: word.slice(0, i + 1) });
    await page.keyboard.press(char);
    const ms = await armedResult(page);
    if (ms === null) problems.push(`search: ${what} did not apply "${word.slice(0, i + 1)}" (data-filter-applied) within 5 s`);
    else times.push(ms);
  }
  const longestTaskMs = await longestTaskBetween(page, from, await pageNow(page));
  await box.fill('');
  return { filterKeystrokeP95Ms: times.length ? percentile(times, 95) : null, samples: times, longestTaskMs, problems };
}

/**
 * The command palette: Ctrl+K, then how long until its index holds every record (the first open
 * reads and indexes the whole product), then each word typed one key at a time, timed from the
 * keydown to the results of the new text on screen.
 */
export async function measurePalette(page, words) {
  const problems = [];
  const opened = await pageNow(page);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog[data-index-ready]');
  await dialog.waitFor({ timeout: 10_000 });
  await page.locator('dialog[data-index-ready="true"]').waitFor({ timeout: 60_000 });
  const indexedMs = (await pageNow(page)) - opened;
  const box = dialog.getByRole('combobox');
  const input = await box.elementHandle();
  const times = [];
  const from = await pageNow(page);
  for (const word of words) {
    await box.fill('');
    for (let i = 0; i < word.length; i++) {
      await arm(page, `Key${word[i].toUpperCase()}`, 'paletteApplied', { input, expected: word.slice(0, i + 1) });
      await page.keyboard.press(word[i]);
      const ms = await armedResult(page);
      if (ms === null) problems.push(`palette: no results for "${word.slice(0, i + 1)}" within 5 s`);
      else times.push(ms);
    }
  }
  const longestTaskMs = await longestTaskBetween(page, from, await pageNow(page));
  await page.keyboard.press('Escape');
  return { paletteIndexMs: indexedMs, paletteKeystrokeP95Ms: times.length ? percentile(times, 95) : null, samples: times, longestTaskMs, problems };
}

/** The gzipped size of every JS file a first visit loaded (resource timing of the page), in KB. */
export async function measureBundle(browser, baseURL, distDir) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForBoard(page);
    await page.waitForLoadState('networkidle');
    const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    const origin = new URL(baseURL).origin;
    const files = [...new Set(urls.filter((u) => u.startsWith(origin)).map((u) => decodeURIComponent(new URL(u).pathname)).filter((p) => p.endsWith('.js')))];
    return { ...gzipSizes(distDir, files), files };
  } finally {
    await context.close();
  }
}

/** The gzip -9 size of each file (paths in the build, from its root), in KB, and their sum. */
function gzipSizes(distDir, paths) {
  const sizes = {};
  const missing = [];
  for (const path of paths) {
    const file = join(distDir, path);
    if (!existsSync(file)) missing.push(path);
    else sizes[path] = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  }
  return { bundleGzipKB: Object.values(sizes).reduce((a, b) => a + b, 0), sizes, missing };
}

/**
 * What loading a lazy module adds to a first visit: its chunk and the chunks it imports that the
 * first visit (`firstVisit`, paths as measureBundle lists them) did not load, read from the build's
 * manifest (build.manifest). `inFirstVisit` says whether the first visit loaded the chunk itself.
 */
export function measureLazyChunk(distDir, source, firstVisit) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const loaded = new Set(firstVisit);
  const files = new Set();
  const visit = (key) => {
    const entry = manifest[key];
    const path = `/${entry.file}`;
    if (files.has(path) || (key !== source && loaded.has(path))) return;
    files.add(path);
    (entry.imports ?? []).forEach(visit);
  };
  visit(source);
  const { bundleGzipKB, sizes } = gzipSizes(distDir, [...files].filter((path) => !loaded.has(path)));
  return { gzipKB: bundleGzipKB, sizes, inFirstVisit: loaded.has(`/${manifest[source].file}`) };
}
