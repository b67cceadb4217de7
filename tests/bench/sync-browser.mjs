// `npm run bench -- sync`: two browsers share a product through two server nodes on PostgreSQL
// and Redis (loopback), each browser on its own node (the page's origin is the node, as a team's
// server serves the app). Owner A (node 1) uploads a product of 5,000 initiatives with their
// history, hypotheses and stories; B (node 2) joins it: time from B's load with its membership to
// the board showing every card. Then B reopens it (reloads), against the same product opened solo
// in a third browser C (node 2), in alternation; then edits in A timed until B's DOM shows them.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiClient } from '../../server/test-support/api-client.ts';
import { errorList, openApp } from './app-page.mjs';
import { measureBoardReady, measureBundle, measureLazyChunk, median, waitForBoard } from './measure.mjs';
import { buildProduct, STAGES, writeProduct } from './seed.mjs';
import { startCluster } from './sync-cluster.mjs';
import { measureEdits } from './sync-edits.mjs';
import {
  connectionOf,
  documentExchange,
  longestTaskSince,
  outboxCount,
  outboxRows,
  prepareSync,
  quiet,
  SEEDED_STORES,
  shareRow,
  storedCounts,
  until,
  waitForCards,
  writeRows,
} from './sync-page.mjs';
import { addTeamWork } from './sync-seed.mjs';

const CARDS = 5000;
const REOPENS = 5;
const EDITS = 60;
const WARM_UP = 3;
const SYNC_MODULE = 'src/sync/connection.ts';

/** Runs every measurement; `cleanups` gets what must be undone even if the run is cut short. */
export async function benchSync({ browser, distDir, log, cleanups, warnings }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'plb-bench-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const cluster = await startCluster(distDir, dataDir);
  cleanups.push(cluster.stop);
  const [node1, node2] = cluster.urls;
  log(`two nodes on PostgreSQL and Redis: ${node1}, ${node2}`);

  const firstVisit = await measureBundle(browser, node1, distDir);
  const syncChunk = measureLazyChunk(distDir, SYNC_MODULE, firstVisit.files);
  if (syncChunk.inFirstVisit) warnings.push(`bundle: a solo first visit loaded the sync chunk (${SYNC_MODULE})`);
  const chunkList = (sizes) => Object.entries(sizes).map(([f, kb]) => `${f.split('/').pop()} ${kb.toFixed(1)}`).join(', ');
  log(`first visit: ${firstVisit.bundleGzipKB.toFixed(1)} KB gzip; sync chunk: ${syncChunk.gzipKB.toFixed(1)} KB (${chunkList(syncChunk.sizes)})`);

  const records = addTeamWork(buildProduct(CARDS));
  const productId = records.product.id;
  const expected = SEEDED_STORES.map((store) => (store === 'products' ? 1 : records[store].length));
  const path = `/p/${productId}`;
  const pages = [];
  const open = async (name, node) => {
    const app = await openApp(browser, node, prepareSync);
    pages.push({ name, ...app });
    cleanups.push(() => app.context.close().catch(() => undefined));
    return app.page;
  };
  try {
    // A, the owner: the product seeded, then shared as the app shares it, and uploaded on load.
    const a = await open('A', node1);
    await writeProduct(a, records);
    const owner = await apiClient(node1).share(productId, 'Camille');
    await writeRows(a, [['shares', shareRow(owner)], ...outboxRows(records)]);
    const uploadStarted = performance.now();
    await a.goto(path);
    if (!(await until(async () => (await outboxCount(a, productId)) === 0, 120_000))) throw new Error('A: the upload was not acknowledged within 2 minutes');
    const uploadMs = performance.now() - uploadStarted;
    // Joining later: the document is stored in PostgreSQL by then.
    await until(async () => (await cluster.storedBytes(productId)) > 0, 30_000);
    const storedKB = (await cluster.storedBytes(productId)) / 1024;
    log(`A uploaded ${expected.reduce((x, y) => x + y, 0).toLocaleString('en-US')} records in ${Math.round(uploadMs)} ms; document ${Math.round(storedKB)} KB in PostgreSQL`);

    // C: the same product, solo, for the comparison.
    const c = await open('C', node2);
    const soloWriteMs = await writeProduct(c, records);
    await c.goto(path);
    await waitForBoard(c);

    // B joins: an invite, its secret, its membership, then B opens the product.
    const client = apiClient(node2);
    const member = await client.join(productId, await client.invite(owner.token, productId, 'editor'), 'Hugo');
    const b = await open('B', node2);
    await writeRows(b, [['shares', shareRow(member)]]);
    await b.goto(path, { waitUntil: 'commit' });
    const joinMs = await waitForCards(b, CARDS, 60_000);
    const exchange = await documentExchange(b);
    if (exchange.via !== 'download') warnings.push('join: B did not download the stored document; its WebSocket brought it');
    const converged = await until(async () => (await storedCounts(b, productId)).every((n, i) => n === expected[i]), 60_000);
    if (!converged) warnings.push(`join: B holds ${(await storedCounts(b, productId)).join('/')} records of ${SEEDED_STORES.join('/')}, not ${expected.join('/')}`);
    const join = {
      boardWithAllCardsMs: joinMs,
      allRecordsStored: converged,
      // From the load to asking for the document; the server's answer (loading it, then sending it); B applying, storing and showing it.
      via: exchange.via,
      untilAskedMs: exchange.askedMs,
      serverAnswerMs: exchange.answeredMs - exchange.askedMs,
      answerKB: exchange.answerKB,
      inBrowserMs: joinMs - exchange.answeredMs,
      // On a busy machine: the join against writing the same records into IndexedDB in one transaction (C's seeding).
      soloWriteMs,
      ratioToSoloWrite: joinMs / soloWriteMs,
    };
    log(`B joined: every card after ${Math.round(joinMs)} ms (asked by ${join.via} at ${Math.round(join.untilAskedMs)}, answer took ${Math.round(join.serverAnswerMs)}, then ${Math.round(join.inBrowserMs)} in B); every record stored: ${converged}`);

    // Reopening: B (shared, connects) and C (solo) reload in turn, each once the other is done:
    // its board ready, then the longest task until the page is quiet (B downloads the document
    // again once connected, and compares it with what it holds).
    const online = (page) => until(async () => (await connectionOf(page, productId)) === 'online', 30_000);
    const reopen = async (page) => {
      const { boardReadyMs } = await measureBoardReady(page, 1);
      const settled = (page === c || (await online(page))) && (await quiet(page));
      if (!settled) warnings.push(`reopen: ${page === b ? 'B' : 'C'} was not online and quiet 30 s after its load`);
      return { boardReadyMs, longestTaskAfterMs: await longestTaskSince(page, boardReadyMs) };
    };
    await Promise.all([quiet(b), quiet(c)]);
    const shared = [];
    const solo = [];
    for (let i = 0; i < REOPENS; i++) {
      shared.push(await reopen(b));
      solo.push(await reopen(c));
    }
    const ready = (runs) => runs.map((run) => run.boardReadyMs);
    const longest = (runs) => Math.max(...runs.map((run) => run.longestTaskAfterMs));
    log(`reopen: shared ${ready(shared).map(Math.round).join(' / ')} ms, solo ${ready(solo).map(Math.round).join(' / ')} ms; longest task after: shared ${Math.round(longest(shared))} ms, solo ${Math.round(longest(solo))} ms`);

    await Promise.all([waitForCards(a, CARDS), waitForCards(b, CARDS)]);
    for (const [name, page] of [['A', a], ['B', b]]) if (!(await online(page))) warnings.push(`edits: ${name} was not online after 30 s`);
    const edits = await measureEdits(a, b, STAGES.map((s) => s.name), { edits: EDITS, warmUp: WARM_UP });
    warnings.push(...edits.problems);
    const split = Object.entries(edits.parts).map(([part, { p50Ms }]) => `${part} ${p50Ms?.toFixed(1)}`).join(', ');
    log(`edits A → B: p50 ${edits.p50Ms?.toFixed(1)} ms, p95 ${edits.p95Ms?.toFixed(1)} ms (p50 in ${split}; A's own DOM ${edits.local.p50Ms?.toFixed(1)}); clock skew ${edits.clockSkewMs.toFixed(1)} ms`);

    return {
      bundle: { firstVisitGzipKB: firstVisit.bundleGzipKB, syncChunkGzipKB: syncChunk.gzipKB, syncChunkFiles: Object.keys(syncChunk.sizes), syncChunkInFirstVisit: syncChunk.inFirstVisit },
      product: { ...Object.fromEntries(SEEDED_STORES.map((store, i) => [store, expected[i]])), storedKB },
      uploadMs,
      join,
      reopen: {
        sharedMs: median(ready(shared)),
        soloMs: median(ready(solo)),
        ratio: median(ready(shared)) / median(ready(solo)),
        sharedSamples: ready(shared),
        soloSamples: ready(solo),
        sharedLongestTaskAfterMs: longest(shared),
        soloLongestTaskAfterMs: longest(solo),
      },
      edits: { ...edits, ratioToLocal: edits.p50Ms / edits.local.p50Ms, problems: undefined },
    };
  } finally {
    for (const { name, errors } of pages) warnings.push(...errorList(errors, name));
  }
}
