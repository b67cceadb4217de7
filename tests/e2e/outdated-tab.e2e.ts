import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, newTab, openApp, withBrowser, waitForBoard } from './harness';

withBrowser();

const DB = 'product-lifecycle-board';

/** Opens the app's database one version higher from another page, as a newer app would; returns the new version. */
function upgradeDatabase(page: Page): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open(name);
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const upgrade = indexedDB.open(name, version + 1);
          upgrade.onsuccess = () => {
            upgrade.result.close();
            resolve(version + 1);
          };
          upgrade.onerror = () => reject(upgrade.error);
        };
        probe.onerror = () => reject(probe.error);
      }),
    DB,
  );
}

describe('a tab left open on an older version', () => {
  it('stops writing when another tab upgrades the database, keeps the typing, and saves it after a reload', async () => {
    const session = await openApp();
    const { page, context } = session;
    await waitForBoard(page);
    await card(page, 'Dark mode').click();
    const drawer = page.getByRole('dialog', { name: 'Dark mode' });
    await expect.poll(() => drawer.count()).toBe(1);

    // Another tab of the same site opens the database one version higher, as a newer app would.
    const other = await newTab(session, '/manifest.webmanifest');
    expect(await upgradeDatabase(other)).toBeGreaterThan(1);
    const notice = page.locator('.notice', { hasText: 'This app was updated in another tab.' });
    await expect.poll(() => notice.count()).toBe(1);

    // Typing goes on: nothing is written, the text stays on screen and the user is told why.
    await drawer.getByLabel('Summary').fill('Typed in the old tab');
    await expect.poll(() => page.locator('.notice', { hasText: 'Not saved: this app was updated in another tab.' }).count()).toBeGreaterThan(0);
    expect(await drawer.getByLabel('Summary').inputValue()).toBe('Typed in the old tab');
    const stored = () =>
      other.evaluate(
        (name) =>
          new Promise<string[]>((resolve, reject) => {
            const request = indexedDB.open(name);
            request.onsuccess = () => {
              const read = request.result.transaction('initiatives').objectStore('initiatives').getAll();
              read.onsuccess = () => {
                request.result.close();
                resolve((read.result as { title: string; summary: string }[]).filter((i) => i.title === 'Dark mode').map((i) => i.summary));
              };
              read.onerror = () => reject(read.error);
            };
            request.onerror = () => reject(request.error);
          }),
        DB,
      );
    expect(await stored()).toEqual(['A dark theme that follows the system setting.']);

    // The reload brings this tab up to date: the kept draft is saved.
    await notice.getByRole('button', { name: 'Reload' }).click();
    const reopened = page.getByRole('dialog', { name: 'Dark mode' });
    await expect.poll(() => reopened.getByLabel('Summary').inputValue()).toBe('Typed in the old tab');
    await expect.poll(() => reopened.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    await expect.poll(stored).toEqual(['Typed in the old tab']);
    await context.close();
  });

  it('keeps the typing when it is closed instead of reloaded: the next tab that opens the initiative saves it', async () => {
    const session = await openApp();
    const { page, context, errors } = session;
    await waitForBoard(page);
    await card(page, 'Dark mode').click();
    const drawer = page.getByRole('dialog', { name: 'Dark mode' });
    await expect.poll(() => drawer.count()).toBe(1);
    const other = await newTab(session, '/manifest.webmanifest');
    expect(await upgradeDatabase(other)).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.notice', { hasText: 'This app was updated in another tab.' }).count()).toBe(1);
    await drawer.getByLabel('Summary').fill('Typed, then the tab was closed');
    await expect.poll(() => page.locator('.notice', { hasText: 'Not saved: this app was updated in another tab.' }).count()).toBeGreaterThan(0);
    await page.close();

    const next = await newTab(session, '/');
    await waitForBoard(next);
    await card(next, 'Dark mode').click();
    const reopened = next.getByRole('dialog', { name: 'Dark mode' });
    await expect.poll(() => reopened.getByLabel('Summary').inputValue()).toBe('Typed, then the tab was closed');
    await expect.poll(() => reopened.getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
    // Taken over once: a third tab finds the initiative saved, and no draft.
    const third = await newTab(session, '/');
    await waitForBoard(third);
    await card(third, 'Dark mode').click();
    await expect.poll(() => third.getByRole('dialog', { name: 'Dark mode' }).getByLabel('Summary').inputValue()).toBe('Typed, then the tab was closed');
    expect(await third.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('draft')))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
