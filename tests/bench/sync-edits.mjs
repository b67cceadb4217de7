// Edit in browser A → visible in browser B: a keyboard move on A's board (the card at the top of
// a stage dropped one place lower), timed from the dropping Space's keydown in A to the mutation
// of B's DOM that shows the card at its new place. The pages' clocks are set against this
// process's, so the two times compare; A's own DOM is timed too, and the update's WebSocket
// frames split the time between A, the servers and B.

import { liftAndLower, percentile, putBack, stageList } from './measure.mjs';
import { clockOffset } from './sync-page.mjs';

const TIMEOUT = 10_000;

/** `edits` moves (after `warmUp` unmeasured ones), cycling through the stages. */
export async function measureEdits(a, b, stageNames, { edits, warmUp }) {
  const remote = [];
  const local = [];
  const problems = [];
  const parts = { a: [], servers: [], b: [] };
  const clocks = await Promise.all([clockOffset(a), clockOffset(b)]);
  for (let k = 0; k < warmUp + edits; k++) {
    const name = stageNames[k % stageNames.length];
    const handle = stageList(a, name).locator('li[aria-posinset="1"] .card__handle');
    const title = await handle.locator('.card__title').textContent();
    const [listA, listB] = await Promise.all([stageList(a, name).elementHandle(), stageList(b, name).elementHandle()]);
    const progress = {};
    try {
      await liftAndLower(a, handle, progress);
      const watch = ({ list, title, timeout }) => void (window.__plbSync.seen = window.__plbSync.watch(list, 2, title, timeout));
      await b.evaluate(watch, { list: listB, title, timeout: TIMEOUT });
      await a.evaluate(watch, { list: listA, title, timeout: TIMEOUT });
      await a.evaluate(() => {
        window.__plbSync.dropAt = new Promise((resolve) => addEventListener('keydown', (event) => resolve(performance.timeOrigin + event.timeStamp), { capture: true, once: true }));
      });
      await a.keyboard.press('Space');
      const [dropAt, seenInA] = await a.evaluate(() => Promise.all([window.__plbSync.dropAt, window.__plbSync.seen]));
      const seenInB = await b.evaluate(() => window.__plbSync.seen);
      await a.locator('.card--overlay').waitFor({ state: 'detached', timeout: TIMEOUT });
      if (seenInB === null) problems.push(`edit ${k + 1}: "${title}" did not show at position 2 of ${name} in B within ${TIMEOUT / 1000} s`);
      else if (k >= warmUp) {
        const toA = (at) => at - clocks[1].offset + clocks[0].offset;
        remote.push(toA(seenInB) - dropAt);
        if (seenInA !== null) local.push(seenInA - dropAt);
        // Where the time went: A until its update left, the servers until B got it, B until its DOM showed it.
        const update = (frame, way) => frame.way === way && frame.type === 0 && frame.step === 2;
        const sent = (await a.evaluate((since) => window.__plbSync.frames(since), dropAt)).find((f) => update(f, 'out'));
        const received = sent && (await b.evaluate((since) => window.__plbSync.frames(since), sent.at + clocks[1].offset - clocks[0].offset - 1)).find((f) => update(f, 'in'));
        if (received) {
          parts.a.push(sent.at - dropAt);
          parts.servers.push(toA(received.at) - sent.at);
          parts.b.push(seenInB - received.at);
        }
      }
    } catch (error) {
      problems.push(`edit ${k + 1} ("${title}" in ${name}) failed at ${progress.step}: ${String(error.message).split('\n')[0]}`);
      await putBack(a);
    } finally {
      await Promise.all([listA.dispose(), listB.dispose()]);
    }
  }
  const after = await Promise.all([clockOffset(a), clockOffset(b)]);
  const stats = (values) => (values.length ? { p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), maxMs: Math.max(...values) } : { p50Ms: null, p95Ms: null, maxMs: null });
  return {
    edits: remote.length,
    ...stats(remote),
    local: stats(local),
    parts: Object.fromEntries(Object.entries(parts).map(([part, values]) => [part, stats(values)])),
    samples: remote,
    // How far B's clock was from A's, and how much that moved during the run (an error bound).
    clockSkewMs: clocks[1].offset - clocks[0].offset,
    clockDriftMs: after[1].offset - after[0].offset - (clocks[1].offset - clocks[0].offset),
    clockRttMs: Math.max(...clocks.map((c) => c.rtt)),
    problems,
  };
}
