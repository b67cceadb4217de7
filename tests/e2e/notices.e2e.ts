import { describe, expect, it } from 'vitest';
import { cardTitles, expectNoSeriousA11yViolations, openApp, waitForBoard, withBrowser } from './harness';

withBrowser();

const LANGUAGES = [
  {
    locale: 'en-US',
    products: 'Products',
    productName: 'Product name',
    createProduct: 'Create product',
    empty: 'Start your product’s board',
    add: 'Add your first initiative',
    import: 'Import from Trello or Jira',
    newTitle: 'Title',
    create: 'Create initiative',
    card: 'Shared shopping lists',
    moveCard: 'Move “Shared shopping lists” to…',
    moveDialog: 'Move “Shared shopping lists”',
    stage: 'Destination stage',
    ready: 'Ready',
    opportunities: 'Opportunities',
    move: 'Move',
    gate: '“Shared shopping lists” is not ready for Delivery',
    cancel: 'Cancel: keep it where it was',
    undo: 'Undo',
    undid: 'Undid: move “Shared shopping lists”',
  },
  {
    locale: 'fr-FR',
    products: 'Produits',
    productName: 'Nom du produit',
    createProduct: 'Créer le produit',
    empty: 'Lancez le tableau de votre produit',
    add: 'Ajouter votre première initiative',
    import: 'Importer depuis Trello ou Jira',
    newTitle: 'Titre',
    create: 'Créer l’initiative',
    card: 'Listes de courses partagées',
    moveCard: 'Déplacer « Listes de courses partagées » vers…',
    moveDialog: 'Déplacer « Listes de courses partagées »',
    stage: 'Étape de destination',
    ready: 'Prêt',
    opportunities: 'Opportunités',
    move: 'Déplacer',
    gate: '« Listes de courses partagées » n’est pas prête pour la Delivery',
    cancel: 'Annuler : la laisser où elle était',
    undo: 'Défaire',
    undid: 'Défait : déplacement de « Listes de courses partagées »',
  },
];

describe.each(LANGUAGES)('notices, dialogs and first steps ($locale)', (lang) => {
  it('teaches an empty product its lanes and offers three ways to start', async () => {
    const { page, context } = await openApp({ locale: lang.locale });
    await waitForBoard(page);
    await page.goto(new URL('/products', page.url()).href);
    await page.getByRole('textbox', { name: lang.productName }).fill('Atlas');
    await page.getByRole('button', { name: lang.createProduct }).click();
    const empty = page.getByRole('region', { name: lang.empty });
    await expect.poll(() => empty.getByRole('listitem').count()).toBe(3);
    await expectNoSeriousA11yViolations(page);
    await empty.getByRole('button', { name: lang.add }).click();
    const title = page.getByRole('dialog').getByRole('textbox', { name: lang.newTitle });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await title.fill('First bet');
    await page.getByRole('dialog').getByRole('button', { name: lang.create }).click();
    await expect.poll(() => empty.count()).toBe(0);

    await page.goto(new URL('/products', page.url()).href);
    await page.getByRole('textbox', { name: lang.productName }).fill('Borealis');
    await page.getByRole('button', { name: lang.createProduct }).click();
    await page.getByRole('region', { name: lang.empty }).getByRole('link', { name: lang.import }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(lang.import);
    await context.close();
  });

  it('cancels a gated Move to… in one step, and Undo says what it undid', async () => {
    const { page, context } = await openApp({ locale: lang.locale, viewport: { width: 390, height: 844 } });
    await waitForBoard(page);
    await page.getByRole('button', { name: lang.moveCard }).click();
    const moveDialog = page.getByRole('dialog', { name: lang.moveDialog });
    await moveDialog.getByLabel(lang.stage).selectOption({ label: lang.ready });
    await moveDialog.getByRole('button', { name: lang.move, exact: true }).click();
    const gate = page.getByRole('dialog', { name: lang.gate });
    const cancel = gate.getByRole('button', { name: lang.cancel });
    await cancel.waitFor();
    // Every button of the gate is inside the phone's screen.
    for (const button of await gate.getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await cancel.click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // On a desk, where Undo is in the header rather than in the phone's menu.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: lang.moveCard }).click();
    await moveDialog.getByLabel(lang.stage).selectOption({ label: lang.opportunities });
    await moveDialog.getByRole('button', { name: lang.move, exact: true }).click();
    await expect.poll(() => cardTitles(page, lang.opportunities)).toContain(lang.card);
    await page.getByRole('button', { name: lang.undo, exact: true }).click();
    await expect.poll(() => page.locator('.notice').allTextContents()).toContainEqual(expect.stringContaining(lang.undid));
    await expect.poll(() => cardTitles(page, lang.opportunities)).not.toContain(lang.card);
    await context.close();
  });
});
