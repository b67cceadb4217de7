import type { Parameters } from 'fast-check';
import { expect } from 'vitest';

const LONG = process.env.FUZZ === 'long';
/** Each property's share of `npm test`: enough runs to catch a regression, bounded on a busy machine. */
const BUDGET_MS = 5_000;

/**
 * fast-check parameters for a property: in `npm test`, up to `numRuns` runs cut short after a time
 * budget (an interrupted run passes on what it checked); `npm run test:fuzz` runs twenty times as
 * many, with no budget.
 */
export function fuzz(numRuns: number): Parameters<unknown> {
  return LONG ? { numRuns: numRuns * 20 } : { numRuns, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false };
}

/** The test timeout for a fuzzing test: the budget with room to finish the run under way, or an hour for the long run. */
export const FUZZ_TIMEOUT = LONG ? 3_600_000 : 60_000;

/** Both outcomes of a mutation fuzzer were seen, each in a tenth of the runs at least: the mutations stay meaningful. */
export function expectBoth(one: number, other: number) {
  const runs = one + other;
  expect(runs).toBeGreaterThanOrEqual(20);
  expect(one).toBeGreaterThan(runs / 10);
  expect(other).toBeGreaterThan(runs / 10);
}
