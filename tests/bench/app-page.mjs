// A fresh browser context on the app as a first visit leaves it: its own IndexedDB, the sample
// product's board on screen, and the service worker active (it precaches the whole app, so it
// must not compete with the measurements; later loads come through it). Page errors are kept.

import { installProbes, waitForBoard } from './measure.mjs';

/** `prepare(context)` runs before the first page opens (init scripts). Close `context` when done. */
export async function openApp(browser, baseURL, prepare = async () => undefined) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  context.setDefaultTimeout(30_000);
  try {
    await installProbes(context);
    await prepare(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    await page.goto('/');
    await page.waitForURL(/\/p\/[^/]+$/, { timeout: 30_000 });
    await waitForBoard(page);
    const serviceWorker = await page.evaluate(() =>
      Promise.race([navigator.serviceWorker ? navigator.serviceWorker.ready.then(() => 'active') : Promise.resolve('none'), new Promise((resolve) => setTimeout(() => resolve('not ready after 15 s'), 15_000))]),
    );
    return { context, page, errors, serviceWorker };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Page and console errors, at most five and a count of the rest, each prefixed. */
export function errorList(errors, prefix) {
  const unique = [...new Set(errors)];
  return [...unique.slice(0, 5), ...(unique.length > 5 ? [`…and ${unique.length - 5} more console/page errors`] : [])].map((e) => `${prefix}: ${e}`);
}
