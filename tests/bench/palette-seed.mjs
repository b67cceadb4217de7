// The other records of a large product, for the command palette's benchmark: hypotheses, stories,
// interviews, objectives with key results, sprints and ritual runs, 50,000 by default, spread over
// the initiatives buildProduct made, with text from a small vocabulary so searches match many.

import { randomUUID } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';
import { random } from './seed.mjs';

/** A word typed into the palette, one key at a time, in the benchmark: found in many records of every kind. */
export const PALETTE_WORDS = ['export', 'onboarding', 'renewal'];

const PERSONAS = ['small teams', 'finance teams', 'new users', 'admins', 'agencies', 'power users', 'enterprise buyers', 'returning customers'];
const BELIEFS = [
  'a guided onboarding checklist', 'exporting reports to spreadsheets', 'a reminder before renewal', 'inviting a teammate from the first screen',
  'saving filters for later', 'a weekly digest e-mail', 'single sign-on for every plan', 'showing taxes before checkout', 'a status page for outages',
];
const OUTCOMES = ['more activated accounts', 'fewer support tickets', 'fewer refunds after renewal', 'more teams with two members', 'faster first export'];
const QUOTES = [
  '“I spend my Fridays copying numbers into a spreadsheet.”', '“The renewal e-mail came after the payment.”', '“Onboarding took us two weeks.”',
  '“I could not find where to export the report.”', '“Our admin had to invite everyone by hand.”', '“Checkout asked twice for the same address.”',
];
const ROLES = ['Office manager', 'Finance lead', 'Operations lead', 'Founder', 'Support agent', 'Product designer', 'Sales manager'];
const NAMES = ['Nadia', 'Marc', 'Sophie', 'Thomas', 'Aïcha', 'Jonas', 'Élodie', 'Karim', 'Mei', 'Lucas', 'Ana', 'Oskar'];
const WANTS = ['to export the report as CSV', 'to see the renewal date', 'to skip the onboarding tour', 'to invite my team at once', 'to save this filter', 'to pay by bank transfer'];
const ROLES_AS = ['an admin', 'a finance lead', 'a new user', 'a team member', 'an account owner'];
const KINDS = ['planning', 'daily', 'refinement', 'review', 'retrospective'];
const DAY = 86_400_000;

/** About `count` records (the share of each kind below) for `product` and its `initiatives`. */
export function buildOtherRecords({ product, initiatives }, count = 50_000, seed = 7) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const productId = product.id;
  const base = (at) => ({ id: randomUUID(), productId, createdAt: at, updatedAt: at, deletedAt: null });
  const at = () => now - Math.floor(rnd() * 365 * DAY);
  const content = { template: { templateId: 'bench', templateName: 'Bench', version: 1, body: { sections: [] } }, answers: {}, notes: {} };

  const sprints = Array.from({ length: Math.round(count * 0.004) }, (_, i) => ({
    ...base(at()),
    name: `Sprint ${i + 1}`,
    goal: `${pick(BELIEFS)} for ${pick(PERSONAS)}`,
    startDate: '2026-01-05',
    endDate: '2026-01-18',
    status: 'closed',
    startedAt: now,
    closedAt: now,
    result: null,
  }));
  const objectives = Array.from({ length: Math.round(count * 0.002) }, (_, i) => ({
    ...base(at()),
    title: `Objective ${i + 1}: ${pick(OUTCOMES)}`,
    period: { kind: 'quarter', year: 2026, quarter: 1 + (i % 4) },
    keyResults: Array.from({ length: 3 }, () => ({ id: randomUUID(), metric: `${pick(OUTCOMES)} (%)`, baseline: 10, target: 40, current: 20 })),
    rank: generateNKeysBetween(null, null, 1)[0],
  }));
  const hypotheses = Array.from({ length: Math.round(count * 0.4) }, () => {
    const initiative = pick(initiatives);
    return {
      ...base(at()),
      initiativeId: initiative.id,
      belief: pick(BELIEFS),
      persona: pick(PERSONAS),
      outcome: pick(OUTCOMES),
      signal: `${pick(OUTCOMES)} within a month`,
      threshold: 'by 20 %',
      category: 'desirability',
      importance: 3,
      evidence: 1,
      owner: initiative.owner,
      status: 'draft',
      learning: '',
      content,
      statusChangedAt: now,
    };
  });
  const stories = Array.from({ length: Math.round(count * 0.4) }, () => ({
    ...base(at()),
    initiativeId: pick(initiatives).id,
    asA: pick(ROLES_AS),
    iWant: pick(WANTS),
    soThat: pick(OUTCOMES),
    criteria: [{ id: randomUUID(), given: 'a report', when: 'I export it', then: 'I get a CSV file' }],
    points: 3,
    status: 'todo',
    rank: 'a0',
    sprintId: null,
    ready: content,
    done: content,
    doneAt: null,
  }));
  const interviews = Array.from({ length: Math.round(count * 0.1) }, () => ({
    ...base(at()),
    initiativeId: pick(initiatives).id,
    date: '2026-02-10',
    alias: `${pick(NAMES)} ${String.fromCharCode(65 + Math.floor(rnd() * 26))}.`,
    role: pick(ROLES),
    segment: 'B2B',
    companySize: '10-49',
    quote: pick(QUOTES),
    story: `${pick(QUOTES)} ${pick(QUOTES)}`,
    opportunities: `I want ${pick(WANTS)}.`,
    insights: `${pick(BELIEFS)} matters to ${pick(PERSONAS)}.`,
    content,
  }));
  const rest = count - sprints.length - objectives.length - hypotheses.length - stories.length - interviews.length;
  const ritualRuns = Array.from({ length: Math.max(0, rest) }, () => {
    const started = at();
    return {
      ...base(started),
      sprintId: sprints.length ? pick(sprints).id : null,
      kind: pick(KINDS),
      content,
      participants: [pick(NAMES), pick(NAMES)],
      timeboxMinutes: 15,
      elapsedMs: 900_000,
      timerStartedAt: null,
      goal: `Unblock ${pick(WANTS).replace(/^to /, '')}`,
      decisions: [`${pick(BELIEFS)} first`],
      startedAt: started,
      finishedAt: started + 900_000,
    };
  });
  return { sprints, objectives, hypotheses, stories, interviews, ritualRuns };
}
