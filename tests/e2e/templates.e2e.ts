import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, openApp, waitForBoard, testFile, withBrowser } from './harness';

withBrowser();

const templateLinks = (page: Page) => page.getByRole('link', { name: /^Open “|^Ouvrir « / });

async function openLibrary(page: Page) {
  await waitForBoard(page);
  await page.getByRole('link', { name: /^(Templates|Modèles)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Templates|Modèles)$/ }).waitFor();
}

describe('the template library', () => {
  it('lists the built-ins by family in English and in French, each with a preview', async () => {
    const { page, context, errors } = await openApp();
    await openLibrary(page);
    for (const group of ['Interviews', 'Hypotheses', 'Sprint rituals', 'Definitions of Ready and Done']) {
      await expect.poll(() => page.getByRole('region', { name: group }).count()).toBe(1);
    }
    await expect.poll(() => templateLinks(page).count()).toBe(13);
    const rituals = page.getByRole('region', { name: 'Sprint rituals' });
    await expect.poll(() => rituals.getByRole('link', { name: 'Open “Retrospective: 4L”' }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);

    await rituals.getByRole('link', { name: 'Open “Sprint planning”' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sprint planning');
    expect(await page.getByText('At most 480 min for a one-month sprint; shorter sprints get a shorter event (120 min for a one-week sprint).').count()).toBe(1);
    await expect.poll(() => page.getByText('Built-in templates are read-only. Duplicate this one to adapt it.').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
    await context.close();

    const fr = await openApp({ locale: 'fr-FR' });
    await openLibrary(fr.page);
    for (const group of ['Entretiens', 'Hypothèses', 'Rituels de sprint']) await expect.poll(() => fr.page.getByRole('region', { name: group }).count()).toBe(1);
    await expect.poll(() => templateLinks(fr.page).count()).toBe(13);
    await fr.page.getByRole('link', { name: 'Ouvrir « Definition of Ready (DoR) »' }).click();
    await expect.poll(() => fr.page.getByRole('heading', { level: 1 }).textContent()).toBe('Definition of Ready (DoR)');
    await expect.poll(() => fr.page.getByText('Les modèles intégrés sont en lecture seule. Dupliquez celui-ci pour l’adapter.').count()).toBe(1);
    await expectNoSeriousA11yViolations(fr.page);
    await fr.context.close();
  });

  it('duplicates a built-in, edits it (with a keyboard reorder) into version 2, and keeps the draft through a reload', async () => {
    const { page, context } = await openApp();
    await openLibrary(page);
    await page.getByRole('link', { name: 'Open “Definition of Ready”' }).click();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Definition of Ready (copy)');
    await page.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('form', { name: 'Edit' });
    await editor.getByLabel('Name', { exact: true }).fill('Our Definition of Ready');
    const section1 = editor.getByRole('region', { name: 'Section 1' });
    await section1.getByRole('button', { name: 'Add a checklist item' }).click();
    await section1.getByRole('textbox', { name: 'Text of item 4' }).fill('Legal has seen it');

    await page.reload();
    const again = page.getByRole('form', { name: 'Edit' });
    if ((await again.count()) === 0) await page.getByRole('button', { name: 'Edit' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Edit' }).getByRole('region', { name: 'Section 1' }).getByRole('textbox', { name: 'Text of item 4' }).inputValue()).toBe('Legal has seen it');

    const items = page.getByRole('form', { name: 'Edit' }).getByRole('region', { name: 'Section 1' });
    await items.getByRole('button', { name: 'Drag to reorder item 4' }).focus();
    // Each key waits for what a screen reader hears: the list's own announcements.
    const heard = async () => (await page.locator('[id^="DndLiveRegion"]').allTextContents()).join('|');
    await page.keyboard.press('Space');
    await expect.poll(heard).toMatch(/position 4 of 4/);
    // The keyboard sensor starts listening for the arrows one task after the pick-up.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.keyboard.press('ArrowUp');
    await expect.poll(heard).toMatch(/is at position 3 of/);
    await page.keyboard.press('Space');
    await expect.poll(() => items.getByRole('textbox', { name: 'Text of item 3' }).inputValue()).toBe('Legal has seen it');
    await items.getByRole('button', { name: 'Move item 3 up' }).click();
    await expect.poll(() => items.getByRole('textbox', { name: 'Text of item 2' }).inputValue()).toBe('Legal has seen it');

    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.getByText('Saved as version 2.').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Our Definition of Ready');
    await expect.poll(() => page.getByText('Your team’s · Version 2').count()).toBe(1);
    const preview = page.getByRole('region', { name: 'The story' });
    await expect.poll(() => preview.getByRole('checkbox').nth(1).evaluate((el) => el.parentElement?.textContent)).toBe('Legal has seen it');
    await page.reload();
    await expect.poll(() => page.getByText('Your team’s · Version 2').count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('exports a template and imports it back, and refuses damaged files saying why', async () => {
    const { page, context } = await openApp();
    await openLibrary(page);
    await page.getByRole('link', { name: 'Open “Retrospective: 4L”' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
    const file = testFile('retrospective.template.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('product-lifecycle-board/template');

    await page.getByRole('link', { name: 'All templates' }).click();
    const input = page.getByLabel('Import a template');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "product-lifecycle-board/tem') });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This file is not valid JSON: it may be damaged. Nothing was imported.');
    const damaged = JSON.parse(readFileSync(file, 'utf8'));
    damaged.template.body.sections[1].items[0].type = 'hologram';
    await input.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^This template file is damaged: “template\.body\.sections\.1\.items\.0\.type” is missing or has an invalid value\./);
    await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"cards": []}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This is not a template file exported from this app. Nothing was imported.');
    await expect.poll(() => templateLinks(page).count()).toBe(13);

    const renamed = JSON.parse(readFileSync(file, 'utf8'));
    renamed.template.name = 'Imported 4L';
    writeFileSync(file, JSON.stringify(renamed));
    await input.setInputFiles(file);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Imported 4L');
    await page.getByRole('link', { name: 'All templates' }).click();
    await expect.poll(() => templateLinks(page).count()).toBe(14);
    await context.close();
  });

  it('sets a product default, and a deleted template starts nothing: the default falls back, and undo brings it back', async () => {
    const { page, context } = await openApp();
    await openLibrary(page);
    await page.getByRole('form', { name: 'New template' }).getByRole('combobox').selectOption({ label: 'Retrospective' });
    await page.getByRole('form', { name: 'New template' }).getByRole('textbox', { name: 'Name' }).fill('Sailboat retro');
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sailboat retro');
    const url = page.url();
    await page.getByRole('link', { name: 'All templates' }).click();
    const retroDefault = page.getByRole('combobox', { name: 'Default Retrospective' });
    await retroDefault.selectOption({ label: 'Sailboat retro' });
    // The select shows what is stored: wait for the write before reloading.
    await expect.poll(() => retroDefault.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('Sailboat retro');
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Default Retrospective' }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('Sailboat retro');

    await page.goto(url);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByText('Template “Sailboat retro” deleted.').count()).toBe(1);
    await expect.poll(() => page.getByRole('combobox', { name: 'Default Retrospective' }).evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe('Retrospective: Start, Stop, Continue');
    await expect.poll(() => page.getByRole('combobox', { name: 'Default Retrospective' }).getByRole('option', { name: 'Sailboat retro' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Open “Sailboat retro”' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Open “Sailboat retro”' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL(/\/templates$/);
    await page.goto(url);
    await expect.poll(() => page.getByText('This template does not exist or was deleted.').count()).toBe(1);
    await context.close();
  });
});
