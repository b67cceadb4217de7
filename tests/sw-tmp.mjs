import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
const sw = 'dist-main/sw.js'; const original = readFileSync(sw, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
context.on('serviceworker', (w) => { console.log('sw', w.url()); w.on('console', (m) => console.log('swconsole', m.text())); });
try {
await page.goto('http://127.0.0.1:4180/');
await page.locator('.card__title').first().waitFor();
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.reload();
await page.locator('.card__title').first().waitFor();
await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
console.log('controlled');
writeFileSync(sw, original + '\n// next\n');
await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
const notice = page.locator('.notice', { hasText: 'A new version' });
await notice.waitFor({ timeout: 20000 });
console.log('notice shown', await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return { w: r?.waiting?.state, i: r?.installing?.state, a: r?.active?.state }; }));
console.log('buttons', await notice.getByRole('button').allTextContents());
await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); r.waiting.postMessage({ type: 'SKIP_WAITING' }); });
await page.waitForTimeout(5000);
console.log('after', await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); return { w: r?.waiting?.state, a: r?.active?.state, url: location.href }; }));
} finally { writeFileSync(sw, original); await browser.close(); }
