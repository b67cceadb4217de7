// Reporting of the team-sync benchmark: rounds every figure, writes results/sync-latest.json with
// the machine's load, and prints the figures against the targets of issue 13.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { round, show, table } from './report.mjs';

const deepRound = (value) =>
  Array.isArray(value) ? value.map(deepRound) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepRound(v)])) : typeof value === 'number' ? round(value) : value;

export function writeSyncResults(file, figures, { machine, load, warnings }) {
  const result = { date: new Date().toISOString(), machine, load: deepRound(load), ...deepRound(figures), warnings };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** Each target as [name, value, limit, pass]; pass null when it could not be measured. */
function targets(r) {
  const check = (name, value, limit, ok) => [name, show(value), limit, value === null || value === undefined ? null : ok(value)];
  return [
    check('edit A → visible in B, p50 ms', r.edits?.p50Ms, '≤ 30', (v) => v <= 30),
    check('edit A → visible in B, p95 ms', r.edits?.p95Ms, '≤ 100', (v) => v <= 100),
    check('join 5,000 cards: board with every card, ms', r.join?.boardWithAllCardsMs, '≤ 3000', (v) => v <= 3000),
    check('reopen shared / solo board ready', r.reopen?.ratio, '≤ 1.2', (v) => v <= 1.2),
    check('solo first visit JS, KB gzip', r.bundle?.firstVisitGzipKB, '≤ 150', (v) => v <= 150),
    check('sync chunk JS, KB gzip', r.bundle?.syncChunkGzipKB, '≤ 45', (v) => v <= 45),
  ];
}

/** Figures without a target that say what the targets do not, as [name, value, compared with]. */
function context(r) {
  return [
    ["edit A → B p50 / A's own DOM p50", show(r.edits?.ratioToLocal), `A's own: ${show(r.edits?.local?.p50Ms)} ms`],
    ['join / writing the same records solo', show(r.join?.ratioToSoloWrite), `solo write: ${show(r.join?.soloWriteMs)} ms`],
    ['reopen shared: longest task after the board, ms', show(r.reopen?.sharedLongestTaskAfterMs), `solo: ${show(r.reopen?.soloLongestTaskAfterMs)} ms`],
    ['upload by the owner, ms', show(r.uploadMs), `stored: ${show(r.product?.storedKB)} KB`],
  ];
}

export function printSyncReport(r, { file, seconds }) {
  const p = r.product ?? {};
  const j = r.join ?? {};
  const o = r.reopen ?? {};
  const e = r.edits ?? {};
  const lines = [
    '',
    `Team sync benchmark, ${r.date} (${r.machine.cpus} CPUs, Node ${r.machine.node}, Chromium ${r.machine.chromium})`,
    `1-minute load average: ${show(r.load.start)} at the start, up to ${show(r.load.max)}, ${show(r.load.end)} at the end`,
    '',
    `product: ${show(p.initiatives)} initiatives, ${show(p.transitions)} transitions, ${show(p.hypotheses)} hypotheses, ${show(p.stories)} stories, ${show(p.stages)} stages; stored in PostgreSQL: ${show(p.storedKB)} KB (large updates gzip-compressed)`,
    `join: B asked for the document (by ${j.via ?? '?'}) after ${show(j.untilAskedMs)} ms, the server's answer (${show(j.answerKB)} KB) took ${show(j.serverAnswerMs)} ms, B inflated, applied and showed it in ${show(j.inBrowserMs)} ms; every record in B's IndexedDB: ${show(j.allRecordsStored)}`,
    `reopen: shared ${show(o.sharedMs)} ms (${(o.sharedSamples ?? []).join(' / ')}), solo ${show(o.soloMs)} ms (${(o.soloSamples ?? []).join(' / ')}); longest task once the board was ready: shared ${show(o.sharedLongestTaskAfterMs)} ms, solo ${show(o.soloLongestTaskAfterMs)} ms`,
    `edits: ${show(e.edits)} measured; A → B max ${show(e.maxMs)} ms; p50 split: A until its update left ${show(e.parts?.a?.p50Ms)} ms, servers ${show(e.parts?.servers?.p50Ms)} ms, B until its DOM ${show(e.parts?.b?.p50Ms)} ms; A's own DOM p50 ${show(e.local?.p50Ms)} ms`,
    `clocks: B − A ${show(e.clockSkewMs)} ms, drift ${show(e.clockDriftMs)} ms, round trip ${show(e.clockRttMs)} ms`,
    `sync chunk files: ${(r.bundle?.syncChunkFiles ?? []).join(', ')}`,
    '',
    table([['target', 'value', 'limit', 'result'], ...targets(r).map(([name, value, limit, pass]) => [name, value, limit, pass === null ? 'n/a' : pass ? 'pass' : 'FAIL'])]),
    '',
    table([['without a target', 'value', 'compared with'], ...context(r)]),
  ];
  if (r.warnings.length) lines.push('', 'Warnings:', ...r.warnings.map((w) => `  - ${w}`));
  lines.push('', `Results: ${file}`, `Total run time: ${seconds.toFixed(1)} s`, '');
  console.log(lines.join('\n'));
}
