// The feedback inbox at 10,000 notes: seeded into a new product (with 1,000 initiatives, ~300
// accounts, a third of the notes linked) in a fresh browser context, then its ready time after a
// reload, against a raw read of the same database, and its search box's keystroke latency.

import { errorList, openApp } from './app-page.mjs';
import { buildFeedback, FEEDBACK_WORD } from './feedback-seed.mjs';
import { measureFilter, measureHeap, measureMarkReady, measureRawRead, median, percentile } from './measure.mjs';
import { buildProduct, writeProduct } from './seed.mjs';

export const INBOX_NOTES = 10_000;
const INBOX_ACCOUNTS = 300;
const INBOX_INITIATIVES = 1000;
/** Typed one key at a time after FEEDBACK_WORD, for more samples: a word many notes hold, then one few do. */
const MORE_WORDS = ['renewal', 'outlook'];
const INBOX_SEARCH = { name: 'Search the feedback', check: 'inboxFilterApplied', what: 'the inbox' };

/** The inbox's figures, or `{ notes }` alone when the run failed (its error in `warnings`). */
export async function benchInbox(browser, baseURL, { log, settle, warnings }) {
  const { context, page, errors } = await openApp(browser, baseURL);
  const label = `inbox ${INBOX_NOTES.toLocaleString('en-US')} notes`;
  try {
    const records = buildProduct(INBOX_INITIATIVES, 16);
    records.product.name = `Benchmark ${INBOX_NOTES.toLocaleString('en-US')} notes`;
    const feedback = buildFeedback(records, { count: INBOX_NOTES, accounts: INBOX_ACCOUNTS });
    const seedMs = await writeProduct(page, { ...records, ...feedback });
    log(`${label}: seeded in ${Math.round(seedMs)} ms (${feedback.accounts.length} accounts, ${feedback.feedbackLinks.length} links); measuring`);

    // The default view (the notes to process) after a reload, as a bookmark opens it.
    await page.goto(`/p/${records.product.id}/feedback`);
    await page.getByRole('listbox', { name: 'Feedback notes' }).getByRole('option').first().waitFor();
    const ready = await measureMarkReady(page, 'plb:inbox-ready', 3);
    const raw = await measureRawRead(page, 3);
    const heapMB = await measureHeap(context, page);

    // Searched among every note, processed or not: the most a keystroke has to go through.
    await page.goto(`/p/${records.product.id}/feedback?state=all`);
    await page.getByRole('listbox', { name: 'Feedback notes' }).getByRole('option').first().waitFor();
    await settle(page);
    const runs = [];
    for (const word of [FEEDBACK_WORD, ...MORE_WORDS]) runs.push(await measureFilter(page, word, INBOX_SEARCH));
    const samples = runs.flatMap((r) => r.samples ?? []);
    const problems = runs.flatMap((r) => r.problems);
    if (runs[0].missing) problems.push('no search box (role searchbox, name "Search the feedback") in the inbox: inboxFilterP95Ms is null');
    warnings.push(...problems.map((p) => `${label}: ${p}`), ...errorList(errors, label));

    const ms = (values) => values.map((v) => Math.round(v)).join(' / ');
    log(`${label}: ready ${ms(ready.samples)} ms, raw read ${ms(raw.samples)} ms (${raw.records} records in all stores), heap ${heapMB.toFixed(1)} MB`);
    log(`${label}: search keys ${ms(samples)} ms (longest task ${Math.max(0, ...runs.map((r) => r.longestTaskMs ?? 0))} ms)`);
    return {
      notes: INBOX_NOTES,
      inboxReadyMs: ready.readyMs,
      rawReadMs: raw.rawReadMs,
      inboxToRawRatio: ready.readyMs / raw.rawReadMs,
      filterKeystrokeP50Ms: samples.length ? median(samples) : null,
      filterKeystrokeP95Ms: samples.length ? percentile(samples, 95) : null,
      filterKeystrokes: samples.length,
      heapMB,
      loadLongestTaskMs: ready.longestTaskMs,
      filterLongestTaskMs: Math.max(0, ...runs.map((r) => r.longestTaskMs ?? 0)),
    };
  } catch (error) {
    console.error(error);
    warnings.push(`${label}: the run failed: ${String(error.message).split('\n')[0]}`);
    return { notes: INBOX_NOTES };
  } finally {
    await context.close();
  }
}
