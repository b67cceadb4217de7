// Reporting: rounds the numbers, writes tests/bench/results/latest.json, and prints a table of
// every run plus the targets (at 5,000 cards, no task over 200 ms at 10,000, the inbox's search at
// 10,000 notes) with pass/fail.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';

export const round = (n) => (typeof n === 'number' && Number.isFinite(n) ? Math.round(n * 10) / 10 : null);

/** The columns of a run, in the order of the JSON and the table. */
const COLUMNS = [
  ['cards', 'cards'],
  ['boardReadyMs', 'board ready ms'],
  ['rawReadMs', 'raw read ms'],
  ['boardToRawRatio', 'board/raw'],
  ['keyboardMoveP95Ms', 'key move p95 ms'],
  ['dragLongestTaskMs', 'drag longest task ms'],
  ['dragMaxFrameGapMs', 'drag max frame gap ms'],
  ['filterKeystrokeP95Ms', 'filter key p95 ms'],
  ['paletteIndexMs', 'palette indexed ms'],
  ['paletteKeystrokeP95Ms', 'palette key p95 ms'],
  ['heapMB', 'heap MB'],
  ['loadLongestTaskMs', 'load longest task ms'],
  ['interactionLongestTaskMs', 'keys+search longest task ms'],
  ['listReadyMs', 'list ready ms'],
  ['listScrollMaxFrameGapMs', 'list scroll max frame gap ms'],
  ['listLongestTaskMs', 'list longest task ms'],
];

/** The feedback inbox's columns (one run, at 10,000 notes). */
const INBOX_COLUMNS = [
  ['notes', 'notes'],
  ['inboxReadyMs', 'inbox ready ms'],
  ['rawReadMs', 'raw read ms'],
  ['inboxToRawRatio', 'inbox/raw'],
  ['filterKeystrokeP50Ms', 'filter key p50 ms'],
  ['filterKeystrokeP95Ms', 'filter key p95 ms'],
  ['filterKeystrokes', 'keys typed'],
  ['heapMB', 'heap MB'],
  ['loadLongestTaskMs', 'load longest task ms'],
  ['filterLongestTaskMs', 'filter longest task ms'],
];

export function roundRun(run) {
  return Object.fromEntries(COLUMNS.map(([key]) => [key, key === 'cards' ? run.cards : round(run[key])]));
}

const roundInbox = (inbox) => Object.fromEntries(INBOX_COLUMNS.map(([key]) => [key, round(inbox[key])]));

/** `inbox`: the inbox's figures, or null when not measured. */
export function writeResults(file, runs, bundleGzipKB, inbox = null) {
  const date = new Date().toISOString();
  const result = {
    date,
    machine: { cpus: cpus().length, node: process.version },
    runs: runs.map(roundRun),
    bundleGzipKB: round(bundleGzipKB),
    inbox: inbox && { date, ...roundInbox(inbox) },
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

/** `npm run bench -- inbox`: the inbox's figures, with their own date, replace the last ones; the board's stay. */
export function writeInboxResults(file, inbox) {
  const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { runs: [], bundleGzipKB: null };
  const result = { ...previous, machine: { cpus: cpus().length, node: process.version }, inbox: { date: new Date().toISOString(), ...roundInbox(inbox) } };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

export const show = (v) => (v === null || v === undefined ? 'n/a' : String(v));

export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r, i) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ') + (i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

const check = (name, value, limit, ok) => ({ name, value: show(value), limit, pass: value === null || value === undefined ? null : ok(value) });

/** The targets, each { name, value, limit, pass } (pass null when it could not be measured). */
export function targets(result) {
  const at = (cards) => result.runs.find((r) => r.cards === cards);
  const five = at(5000);
  const ten = at(10000);
  const list = [];
  if (five) {
    list.push(
      check('5,000: boardReadyMs ≤ 3 × rawReadMs', five.rawReadMs === null ? null : five.boardReadyMs, five.rawReadMs === null ? 'n/a' : `≤ ${round(3 * five.rawReadMs)} (3 × ${five.rawReadMs})`, (v) => v <= 3 * five.rawReadMs),
      check('5,000: keyboardMoveP95Ms ≤ 50', five.keyboardMoveP95Ms, '≤ 50', (v) => v <= 50),
      check('5,000: dragLongestTaskMs ≤ 50', five.dragLongestTaskMs, '≤ 50', (v) => v <= 50),
      check('5,000: filterKeystrokeP95Ms ≤ 50', five.filterKeystrokeP95Ms, '≤ 50', (v) => v <= 50),
      check('5,000: heapMB ≤ 150', five.heapMB, '≤ 150', (v) => v <= 150),
    );
  }
  list.push(check('bundleGzipKB ≤ 150', result.bundleGzipKB, '≤ 150', (v) => v <= 150));
  list.push(...inboxTargets(result.inbox));
  if (ten) {
    const longest = [ten.loadLongestTaskMs, ten.dragLongestTaskMs, ten.interactionLongestTaskMs].filter((v) => v !== null);
    list.push(check('10,000 + 50,000 records: paletteKeystrokeP95Ms ≤ 50', ten.paletteKeystrokeP95Ms, '≤ 50', (v) => v <= 50));
    list.push(check('10,000: no task over 200 ms (load, keys, search, drag)', longest.length ? Math.max(...longest) : null, '≤ 200', (v) => v <= 200));
  }
  return list;
}

/** The inbox's targets: its search as fast as the board's, and its first notes as soon as the board's first cards (against a raw read). */
function inboxTargets(inbox) {
  if (!inbox) return [];
  const notes = inbox.notes === null ? 'inbox' : `inbox ${inbox.notes.toLocaleString('en-US')} notes`;
  return [
    check(`${notes}: inboxReadyMs ≤ 3 × rawReadMs`, inbox.rawReadMs === null ? null : inbox.inboxReadyMs, inbox.rawReadMs === null ? 'n/a' : `≤ ${round(3 * inbox.rawReadMs)} (3 × ${inbox.rawReadMs})`, (v) => v <= 3 * inbox.rawReadMs),
    check(`${notes}: filterKeystrokeP95Ms ≤ 50`, inbox.filterKeystrokeP95Ms, '≤ 50', (v) => v <= 50),
  ];
}

/** `only: 'inbox'` prints the inbox alone (the board's figures in `result` are an earlier run's). */
export function printReport(result, { file, seconds, warnings, only }) {
  const rows = [COLUMNS.map(([, label]) => label), ...result.runs.map((run) => COLUMNS.map(([key]) => (key === 'cards' ? run.cards.toLocaleString('en-US') : show(run[key]))))];
  const inbox = result.inbox && table([INBOX_COLUMNS.map(([, label]) => label), INBOX_COLUMNS.map(([key]) => (key === 'notes' && result.inbox.notes !== null ? result.inbox.notes.toLocaleString('en-US') : show(result.inbox[key])))]);
  const list = only === 'inbox' ? inboxTargets(result.inbox) : targets(result);
  const lines = [
    '',
    `Product lifecycle board benchmark, ${only === 'inbox' ? result.inbox.date : result.date} (${result.machine.cpus} CPUs, Node ${result.machine.node})`,
    ...(only === 'inbox' ? [] : ['', table(rows), '', `bundle: ${show(result.bundleGzipKB)} KB of JavaScript (gzip -9) on a first visit`]),
    ...(inbox ? ['', 'Feedback inbox (search among every note):', inbox] : []),
    '',
    'Targets:',
    table([['target', 'value', 'limit', 'result'], ...list.map((t) => [t.name, t.value, t.limit, t.pass === null ? 'n/a' : t.pass ? 'pass' : 'FAIL'])]),
  ];
  if (warnings.length) lines.push('', 'Warnings:', ...warnings.map((w) => `  - ${w}`));
  lines.push('', `Results: ${file}`, `Total run time: ${seconds.toFixed(1)} s`, '');
  console.log(lines.join('\n'));
}
