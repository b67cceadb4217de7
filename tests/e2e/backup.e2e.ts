import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, testFile, withBrowser } from './harness';

withBrowser();

/** The stores that hold snapshots: not user records, left out of the comparisons. */
const SNAPSHOT_STORES = ['snapshots', 'snapshotData'];

/** Every record of every store of the app's IndexedDB but the snapshots, read raw in the page. */
async function dump(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async (skip) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('product-lifecycle-board');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => !skip.includes(name));
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(entries);
  }, SNAPSHOT_STORES);
}

/** The user records of a dump as a person sees them: no activity log, no tombstones. */
function seen(dumped: Record<string, unknown[]>): Record<string, unknown[]> {
  const live = (r: unknown) => typeof (r as { deletedAt?: unknown }).deletedAt !== 'number';
  return Object.fromEntries(Object.entries(dumped).filter(([name]) => name !== 'activity').map(([name, rows]) => [name, rows.filter(live)]));
}

/** Loses every user record, as a browser that evicted the data would: raw clears, then a reload. */
async function wipe(page: Page) {
  await page.evaluate(async (keep) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('product-lifecycle-board');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames].filter((name) => !keep.includes(name));
    const tx = db.transaction(names, 'readwrite');
    names.forEach((name) => tx.objectStore(name).clear());
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, ['meta', ...SNAPSHOT_STORES]);
  await page.reload();
}

async function openDataPage(page: Page) {
  await waitForBoard(page);
  await page.getByRole('link', { name: /^(Data|Données)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Data|Données)$/ }).waitFor();
}

async function exportEverything(page: Page): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
  const path = testFile(download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

const fileInput = (page: Page) => page.getByLabel(/^(Backup file|Fichier de sauvegarde)$/);

describe('backup and restore', () => {
  it('exports everything, is wiped, imports the file in replace mode and finds every record; the import is undone', async () => {
    const { page, context, errors } = await openApp();
    await openDataPage(page);
    const before = await dump(page);
    expect(before.initiatives!.length).toBeGreaterThan(10);
    expect(before.stories!.length).toBeGreaterThan(0);

    const file = await exportEverything(page);
    expect(file.name).toMatch(/^lifecycle-board-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(readFileSync(file.path, 'utf8'))).toMatchObject({ format: 'product-lifecycle-board/backup', schemaVersion: 5, scope: { kind: 'all' } });

    await wipe(page);
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    const wiped = await dump(page);
    expect(wiped.products).toEqual([]);

    await fileInput(page).setInputFiles(file.path);
    const preview = page.getByRole('region', { name: `What “${file.name}” holds` });
    await preview.waitFor();
    await expect.poll(() => preview.getByRole('rowheader', { name: 'Sample product' }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`What “${file.name}” holds`);
    await expectNoSeriousA11yViolations(page);
    await preview.getByRole('radio', { name: 'Replace' }).check();
    await expect.poll(() => preview.getByText(/Everything in this browser becomes the file’s content\. Records added: \d+; overwritten by the file’s copy: 0; removed: 0\./).count()).toBe(1);
    await preview.getByRole('button', { name: 'Replace with the file' }).click();

    const notice = page.locator('.notice', { hasText: `Imported “${file.name}”.` });
    await notice.waitFor();
    await expect.poll(async () => seen(await dump(page))).toEqual(seen(before));
    const snapshots = page.getByRole('table', { name: 'Automatic snapshots' });
    await expect.poll(() => snapshots.getByRole('cell', { name: 'Before an import' }).count()).toBe(1);

    // The header's product menu and the board have the product back.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Product' }).locator('option', { hasText: 'Sample product' }).count()).toBe(1);
    await expect.poll(async () => seen(await dump(page))).toEqual(seen(before));

    // Back to before the import, from the snapshot it took (the notice went with the reload; the list keeps it).
    await page.getByRole('button', { name: /^Restore the snapshot of / }).first().click();
    const dialog = page.getByRole('dialog', { name: /^Restore the snapshot of / });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await page.locator('.notice', { hasText: 'Restored the snapshot of' }).waitFor();
    await expect.poll(async () => seen(await dump(page))).toEqual(seen(wiped));
    await expect.poll(() => snapshots.getByRole('cell', { name: 'Before a restore' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoes an import from its notice, back to what was there', async () => {
    const { page, context } = await openApp();
    await openDataPage(page);
    const file = await exportEverything(page);
    // A second product makes the replace remove something.
    await page.getByRole('link', { name: 'Products' }).click();
    await page.getByRole('textbox', { name: 'Product name' }).fill('Mobile app');
    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/p\/[^/]+$/);
    await page.getByRole('link', { name: 'Data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
    const before = await dump(page);

    await fileInput(page).setInputFiles(file.path);
    const preview = page.getByRole('region', { name: `What “${file.name}” holds` });
    await preview.getByRole('radio', { name: 'Replace' }).check();
    await expect.poll(() => preview.getByText('Products removed: Mobile app.', { exact: false }).count()).toBe(1);
    await preview.getByRole('button', { name: 'Replace with the file' }).click();
    const notice = page.locator('.notice', { hasText: `Imported “${file.name}”.` });
    await notice.getByRole('button', { name: 'Undo import' }).click();
    await page.locator('.notice', { hasText: 'Import undone' }).waitFor();
    const after = await dump(page);
    // Everything is back, and the history before the import is still there to undo.
    expect({ ...after, activity: [] }).toEqual({ ...before, activity: [] });
    expect((after.activity as { command: string; state: string }[]).map((a) => [a.command, a.state])).toEqual([
      ...(before.activity as { command: string; state: string }[]).map((a) => [a.command, a.state]),
      ['replaceFromBackup', 'reverted'],
      ['revertImport', 'done'],
    ]);
    await context.close();
  });

  it('refuses a damaged or hostile file with the reason, in the UI language, and changes nothing', async () => {
    const { page, context, errors } = await openApp();
    await openDataPage(page);
    const file = await exportEverything(page);
    const before = await dump(page);
    const damaged = JSON.parse(readFileSync(file.path, 'utf8'));
    damaged.tables.initiatives[3].title = 42;
    const path = testFile('damaged.json');
    writeFileSync(path, JSON.stringify(damaged));

    await fileInput(page).setInputFiles(path);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('This backup is damaged: tables.initiatives[3].title: expected a string. Nothing was imported.');

    const deep = `{"format":"product-lifecycle-board/backup","__proto__":{"polluted":true},"tables":${'['.repeat(100)}${']'.repeat(100)}}`;
    await fileInput(page).setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This file is nested too deeply to be a backup. Nothing was imported.');
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await dump(page)).toEqual(before);
    expect(await page.getByRole('region', { name: /^What “/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    const fr = await openApp({ locale: 'fr-FR' });
    await openDataPage(fr.page);
    damaged.schemaVersion = 9;
    writeFileSync(path, JSON.stringify(damaged));
    await fileInput(fr.page).setInputFiles(path);
    await expect
      .poll(() => fr.page.getByRole('alert').textContent())
      .toBe(
        'Cette sauvegarde vient d’une version plus récente de l’application (données en version 9\u00a0; celle-ci lit jusqu’à la version 5). Rechargez l’application pour la mettre à jour, puis importez de nouveau. Rien n’a été importé.',
      );
    await fr.context.close();
  });

  it('shows the storage used and whether it is persistent, and asks again on demand', async () => {
    const { page, context } = await openApp();
    await openDataPage(page);
    const storage = page.getByRole('region', { name: 'Storage in this browser' });
    await expect.poll(() => storage.getByText(/^[\d.,]+ (MB|GB) used of [\d.,]+ (MB|GB) available to this app\.$/).count()).toBe(1);
    await expect.poll(() => storage.getByText(/^(Persistent|Not persistent):/).count()).toBe(1);
    const ask = storage.getByRole('button', { name: 'Ask for persistent storage' });
    if (await ask.count()) {
      await ask.click();
      await expect.poll(() => storage.getByRole('status').textContent()).toMatch(/^(Granted|The browser declined)/);
    }
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
