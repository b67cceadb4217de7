import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { spawnNode, type NodeProcess } from '../../server/test-support/node-process';
import { openApp, waitForBoard, type Session } from './harness';

/** A team server node serving the e2e build, SQLite in a folder of its own unless `env` says otherwise. */
export async function startTeamNode(env: Record<string, string> = {}): Promise<NodeProcess & { remove(): void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'plb-e2e-'));
  const node = await spawnNode({ DIST_DIR: inject('distDir'), DATA_DIR: dataDir, ...env });
  return { ...node, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The header's sync status, as the person reads it. */
export const syncStatus = (page: Page) => page.getByRole('banner').getByRole('status').first();

/** Waits for the header to say every change reached the server. */
export async function synced(page: Page) {
  await expect.poll(() => syncStatus(page).textContent()).toMatch(/^(Synced|Synchronisé)/);
}

/** The owner shares the open product from its sharing page, under `name`. */
export async function shareProduct(page: Page, name: string) {
  await page.getByRole('link', { name: 'Share', exact: true }).click();
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Share with a team' }).click();
  await synced(page);
}

/** Creates an invite link on the sharing page and reads it. */
export async function createInvite(page: Page, role: 'editor' | 'viewer'): Promise<string> {
  await page.getByRole('button', { name: role === 'editor' ? 'Create an editor link' : 'Create a viewer link' }).click();
  const link = page.getByRole('textbox', { name: role === 'editor' ? 'Editor invite link' : 'Viewer invite link' });
  await expect.poll(() => link.inputValue()).toMatch(/\/join\//);
  return link.inputValue();
}

/** A new browser (its own IndexedDB) opens an invite link and joins as `name`, then waits for the board. */
export async function joinAs(link: string, name: string): Promise<Session> {
  const url = new URL(link);
  const session = await openApp({ baseURL: url.origin, path: url.pathname + url.hash });
  await session.page.getByLabel('Your name').fill(name);
  await session.page.getByRole('button', { name: 'Join' }).click();
  await waitForBoard(session.page);
  return session;
}

/** Renames a card from its drawer and waits until it is saved here. */
export async function rename(page: Page, from: string, to: string) {
  await page.locator('.card__title', { hasText: from }).first().click();
  const details = page.getByRole('dialog', { name: from }).getByRole('form', { name: 'Details' });
  await details.getByLabel('Title').fill(to);
  await expect.poll(() => page.getByRole('dialog', { name: to }).getByRole('form', { name: 'Details' }).getByRole('status').textContent()).toBe('All changes saved');
  await page.keyboard.press('Escape');
}

/** Moves a card with the Move to… control, to the top of `stage` (no gate: within a lane). */
export async function moveTo(page: Page, title: string, stage: string) {
  await page.getByRole('button', { name: `Move “${title}” to…` }).click();
  const dialog = page.getByRole('dialog', { name: `Move “${title}”` });
  await dialog.getByLabel('Destination stage').selectOption({ label: stage });
  await dialog.getByLabel('At the top').check();
  await dialog.getByRole('button', { name: 'Move', exact: true }).click();
}
