import { describe, expect, it } from 'vitest';
import { card, cardTitles, expectNoSeriousA11yViolations, lane, openApp, pickUp, stageList, stagePoint, touchDrag, waitForBoard, withBrowser } from './harness';

withBrowser();

describe('products and stages', () => {
  it('creates, renames, switches and deletes products, each with its own board', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('link', { name: 'Products', exact: true }).click();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect.poll(() => page.getByText('A name is required.').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Product name' }).fill('Mobile app');
    await page.getByRole('button', { name: 'Create product' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Board of Mobile app');
    await expect.poll(() => stageList(page, 'Opportunities').count()).toBe(1);
    await expect.poll(() => page.locator('.card__title').count()).toBe(0);
    expect(await lane(page, 'Delivery').textContent()).toContain('0 cards');

    await page.getByRole('combobox', { name: 'Product' }).selectOption({ label: 'Sample product' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Board of Sample product');
    await expect.poll(() => page.locator('.card__title').count()).toBe(11);

    await page.getByRole('link', { name: 'Products', exact: true }).click();
    await page.getByRole('button', { name: 'Rename “Mobile app”' }).click();
    await page.getByRole('textbox', { name: 'Product name' }).first().fill('Mobile app v2');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Mobile app v2' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Delete “Sample product”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Sample product” and its whole board?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sample product' }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Mobile app v2' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Sample product' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Add the sample product' }).count()).toBe(1);
    await context.close();
  });

  it('renames, adds, reorders and removes stages, and refuses to remove a stage holding cards', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    await page.getByRole('button', { name: 'Edit stages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit stages' });
    await expectNoSeriousA11yViolations(page);
    const discovery = dialog.getByRole('region', { name: 'Stages of Discovery' });
    await discovery.getByRole('textbox', { name: 'Name of stage 1' }).fill('Problem discovery');
    await discovery.getByRole('textbox', { name: 'Name of stage 1' }).press('Enter');
    await discovery.getByRole('textbox', { name: 'New stage name' }).fill('Validated');
    await discovery.getByRole('button', { name: 'Add a stage to Discovery' }).click();
    await expect.poll(() => discovery.getByRole('textbox', { name: 'Name of stage 3' }).inputValue()).toBe('Validated');
    await discovery.getByRole('button', { name: 'Move Validated earlier' }).click();
    await expect.poll(() => discovery.getByRole('textbox', { name: 'Name of stage 2' }).inputValue()).toBe('Validated');
    await discovery.getByRole('button', { name: 'Remove Testing' }).click();
    await expect.poll(() => page.getByText('This stage still holds cards: move them to another stage first.').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Done' }).click();

    const lanes = lane(page, 'Discovery').getByRole('heading', { level: 3 });
    await expect.poll(() => lanes.allTextContents()).toEqual(['Problem discovery', 'Validated', 'Testing']);
    await expect.poll(() => cardTitles(page, 'Problem discovery')).toEqual(['Smart reminders before renewal']);
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => lane(page, 'Discovery').getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Problem discovery', 'Validated', 'Testing']);

    await page.getByRole('button', { name: 'Edit stages' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove Validated' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => lane(page, 'Discovery').getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Problem discovery', 'Testing']);
    await context.close();
  });
});

describe('language, theme and small screens', () => {
  it('speaks French from the browser language, and remembers a switch to English', async () => {
    const { page, context, errors } = await openApp({ locale: 'fr-FR' });
    await waitForBoard(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tableau de Produit exemple');
    for (const name of ['Stratégie', 'Discovery', 'Delivery']) await expect.poll(() => lane(page, name).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Nouvelle initiative', exact: true }).count()).toBe(1);
    await expect.poll(() => cardTitles(page, 'Cadrage')).toEqual(['Mode hors ligne pour les techniciens', 'Listes de courses partagées']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await expectNoSeriousA11yViolations(page);

    await card(page, 'Listes de courses partagées').focus();
    await pickUp(page);
    await expect.poll(() => page.getByTestId('live-region').textContent()).toContain('Listes de courses partagées prise. Couloir Stratégie, étape Cadrage, position 2 sur 2.');
    await page.keyboard.press('Escape');

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect.poll(() => page.getByRole('button', { name: 'New initiative', exact: true }).count()).toBe(1);
    await page.reload();
    await waitForBoard(page);
    await expect.poll(() => lane(page, 'Strategy').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the system theme until the user picks one, and remembers it', async () => {
    const { page, context } = await openApp();
    await waitForBoard(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.reload();
    await waitForBoard(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('moves cards on a phone-width touch screen: by finger, Move to… and keyboard', async () => {
    const { page, context } = await openApp({ viewport: { width: 390, height: 844 }, touch: true });
    await waitForBoard(page);
    await touchDrag(page, card(page, 'Usage-based pricing tier'), await stagePoint(page, 'Opportunities', 'top'));
    await expect.poll(() => cardTitles(page, 'Opportunities')).toEqual(['Usage-based pricing tier', 'Self-serve onboarding for small teams']);
    await page.getByRole('button', { name: 'Move “Dark mode” to…' }).click();
    await page.getByRole('dialog').getByLabel('Destination stage').selectOption({ label: 'Framing' });
    await page.getByRole('dialog').getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => cardTitles(page, 'Framing')).toContain('Dark mode');
    await card(page, 'Dark mode').focus();
    await pickUp(page);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await expect.poll(() => cardTitles(page, 'Opportunities')).toContain('Dark mode');
    await context.close();
  });
});
