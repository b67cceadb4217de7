import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const locale of ['en-US', 'fr-FR']) {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4180/');
  await page.locator('.card__title').first().waitFor();
  await page.waitForTimeout(1500);
  const titles = ['Self-serve onboarding for small teams', 'Bulk import from spreadsheets', 'Accessibility audit fixes', 'Two-factor authentication', 'Dark mode', 'Onboarding en libre-service pour les petites équipes', 'Import en masse depuis un tableur', 'Corrections de l’audit d’accessibilité', 'Authentification à deux facteurs', 'Mode sombre'];
  for (const t of titles) {
    const card = page.locator('.card__handle', { has: page.locator('.card__title', { hasText: t }) }).first();
    if (await card.count()) console.log(locale, t, JSON.stringify(await card.locator('.chip').allTextContents()));
  }
  await context.close();
}
await browser.close();
