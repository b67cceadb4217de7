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
import { connectionOf, outboxCount, outboxRows, prepareSync, SEEDED_STORES, shareRow, storedCounts, until, waitForCards, writeRows } from './sync-page.mjs';
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
    await writeProduct(c, records);
    await c.goto(path);
    await waitForBoard(c);

    // B joins: an invite, its secret, its membership, then B opens the product.
    const client = apiClient(node2);
    const member = await client.join(productId, await client.invite(owner.token, productId, 'editor'), 'Hugo');
    const b = await open('B', node2);
    await writeRows(b, [['shares', shareRow(member)]]);
    await b.goto(path, { waitUntil: 'commit' });
    const joinMs = await waitForCards(b, CARDS, 60_000);
    const converged = await until(async () => (await storedCounts(b, productId)).every((n, i) => n === expected[i]), 60_000);
    if (!converged) warnings.push(`join: B holds ${(await storedCounts(b, productId)).join('/')} records of ${SEEDED_STORES.join('/')}, not ${expected.join('/')}`);
    log(`B joined: every card after ${Math.round(joinMs)} ms; every record stored: ${converged}`);

    // Reopening: B (shared, connects) and C (solo) reload in turn.
    const shared = [];
    const solo = [];
    const online = (page) => until(async () => (await connectionOf(page, productId)) === 'online', 30_000);
    for (let i = 0; i < REOPENS; i++) {
      shared.push((await measureBoardReady(b, 1)).boardReadyMs);
      // B downloads the document again once connected: C's load must not compete with that.
      if (!(await online(b))) warnings.push(`reopen ${i + 1}: B was not online after 30 s`);
      solo.push((await measureBoardReady(c, 1)).boardReadyMs);
    }
    log(`reopen: shared ${shared.map(Math.round).join(' / ')} ms, solo ${solo.map(Math.round).join(' / ')} ms`);

    await Promise.all([waitForCards(a, CARDS), waitForCards(b, CARDS)]);
    for (const [name, page] of [['A', a], ['B', b]]) if (!(await online(page))) warnings.push(`edits: ${name} was not online after 30 s`);
    const edits = await measureEdits(a, b, STAGES.map((s) => s.name), { edits: EDITS, warmUp: WARM_UP });
    warnings.push(...edits.problems);
    log(`edits A → B: p50 ${edits.p50Ms?.toFixed(1)} ms, p95 ${edits.p95Ms?.toFixed(1)} ms (A's own DOM: p50 ${edits.local.p50Ms?.toFixed(1)} ms); clock skew ${edits.clockSkewMs.toFixed(1)} ms`);

    return {
      bundle: { firstVisitGzipKB: firstVisit.bundleGzipKB, syncChunkGzipKB: syncChunk.gzipKB, syncChunkFiles: Object.keys(syncChunk.sizes), syncChunkInFirstVisit: syncChunk.inFirstVisit },
      product: { ...Object.fromEntries(SEEDED_STORES.map((store, i) => [store, expected[i]])), documentKB: storedKB },
      uploadMs,
      join: { boardWithAllCardsMs: joinMs, allRecordsStored: converged },
      reopen: { sharedMs: median(shared), soloMs: median(solo), ratio: median(shared) / median(solo), sharedSamples: shared, soloSamples: solo },
      edits: { ...edits, problems: undefined },
    };
  } finally {
    for (const { name, errors } of pages) warnings.push(...errorList(errors, name));
  }
}
