import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, cardTitles, newTab, openApp, withBrowser, waitForBoard } from './harness';

withBrowser();

/** Waits for the service worker to be installed and active, then reloads so that it controls the page. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await waitForBoard(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('offline use', () => {
  it('serves a valid web manifest with its icons', async () => {
    const { page, context, errors } = await openApp();
    await waitForBoard(page);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#3b5bdb');

    const response = await context.request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = JSON.parse(await response.text()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
      screenshots: { src: string; sizes: string; form_factor: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Product lifecycle board',
      short_name: 'Lifecycle',
      start_url: '/',
      display: 'standalone',
      theme_color: '#3b5bdb',
      background_color: '#f4f5f8',
    });
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(['192x192', '512x512', '512x512 maskable']);
    expect(manifest.screenshots).toEqual([expect.objectContaining({ src: '/screenshots/board.png', sizes: '1440x760', form_factor: 'wide' })]);
    for (const { src, type } of [...manifest.icons, ...manifest.screenshots.map((s) => ({ src: s.src, type: 'image/png' }))]) {
      const image = await context.request.get(src);
      expect(image.ok(), src).toBe(true);
      expect(image.headers()['content-type'], src).toContain(type);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the board and deep links with no network, and keeps offline edits', async () => {
    const session = await openApp();
    const { page, context, errors } = session;
    await waitForBoard(page);
    // Installing means downloading the whole app (about 1.5 MB): give it time on a busy machine.
    await expect.poll(() => page.getByText('Ready to work offline.').count(), { timeout: 20_000 }).toBe(1);
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await waitForBoard(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Self-serve onboarding for small teams', 'Usage-based pricing tier']);
    await expect.poll(() => page.locator('.card__title').count()).toBe(11);

    // An initiative's page, edited offline, then reloaded from its own URL.
    await card(page, 'Bulk import from spreadsheets').click();
    const drawer = page.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    await expect.poll(() => drawer.count()).toBe(1);
    const deepLink = page.url();
    expect(deepLink).toMatch(/\/p\/[\w-]+\/i\/[\w-]+$/);
    await drawer.getByLabel('Problem statement').fill('Written with no network.');
    await expect.poll(() => drawer.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    await page.reload();
    await expect.poll(() => drawer.count()).toBe(1);
    expect(page.url()).toBe(deepLink);
    expect(await drawer.getByLabel('Problem statement').inputValue()).toBe('Written with no network.');

    // A fresh navigation to the deep link, in a new tab, still offline.
    const other = await newTab(session, deepLink);
    const reopened = other.getByRole('dialog', { name: 'Bulk import from spreadsheets' });
    await expect.poll(() => reopened.count()).toBe(1);
    expect(await reopened.getByLabel('Problem statement').inputValue()).toBe('Written with no network.');
    await other.close();

    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);

    // The network really is unreachable (for the service worker too): everything above came from its cache.
    const probe = await page.evaluate(() => fetch(`/icon.svg?probe=${Date.now()}`).then(() => 'reached', () => 'unreachable'));
    expect(probe).toBe('unreachable');
    await context.close();
  });

  it('offers a new version with a Reload notice, and switches to it on Reload', async () => {
    // The preview server serves dist/ as built: a changed sw.js is what a new deployment looks like.
    const swFile = join(process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url)), 'sw.js');
    const original = readFileSync(swFile, 'utf8');
    const { page, context, errors } = await openApp();
    try {
      await waitForBoard(page);
      await controlledByServiceWorker(page);

      writeFileSync(swFile, `${original}\n// the next version\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const notice = page.locator('.notice', { hasText: 'A new version of the app is available.' });
      await expect.poll(() => notice.count()).toBe(1);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await waitForBoard(page);
      // The new worker controls the page at once; it may still be finishing its activation (its
      // cache clean-up) when the board shows, on a busy machine.
      const state = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return { waiting: registration?.waiting ?? null, controller: navigator.serviceWorker.controller?.state };
        });
      await expect.poll(state).toEqual({ waiting: null, controller: 'activated' });
      await expect.poll(() => notice.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      writeFileSync(swFile, original);
      await context.close();
    }
  });
});
