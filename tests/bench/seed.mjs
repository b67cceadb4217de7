// Seeding: builds a new product with its 7 default stages and N realistic initiatives in Node
// (shapes of src/domain/types.ts, ranks from fractional-indexing), then writes them (and any other
// table's records added to them, see sync-seed.mjs) into the app's IndexedDB from inside the page
// with raw IndexedDB, in one readwrite transaction.

import { randomUUID } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';

export const DB_NAME = 'product-lifecycle-board';

/** The default stages in board order, with their English names (the benchmark runs in en-US). */
export const STAGES = [
  { key: 'opportunities', lane: 'strategy', name: 'Opportunities' },
  { key: 'framing', lane: 'strategy', name: 'Framing' },
  { key: 'exploring', lane: 'discovery', name: 'Exploring' },
  { key: 'testing', lane: 'discovery', name: 'Testing' },
  { key: 'ready', lane: 'delivery', name: 'Ready' },
  { key: 'inSprint', lane: 'delivery', name: 'In sprint' },
  { key: 'released', lane: 'delivery', name: 'Released' },
];

/** A board is a funnel: more opportunities than cards in sprint. Sums to 1. */
const STAGE_SHARE = [0.22, 0.14, 0.14, 0.12, 0.12, 0.1, 0.16];

/** The 6-letter word typed into the search box; some titles contain it. */
export const FILTER_WORD = 'export';

const VERBS = ['Add', 'Improve', 'Redesign', 'Simplify', 'Automate', 'Launch', 'Migrate', 'Speed up', 'Localise', 'Support', 'Rebuild', 'Test', 'Streamline', 'Personalise', 'Secure', 'Measure', 'Fix', 'Extend', 'Pilot', 'Retire'];
const OBJECTS = [
  'onboarding checklist', 'CSV export', 'invoice PDF', 'team invitations', 'search results', 'billing page', 'mobile checkout', 'usage dashboard',
  'export to spreadsheets', 'password reset', 'notification centre', 'admin audit log', 'trial emails', 'product tour', 'pricing page', 'data import',
  'calendar sync', 'role permissions', 'offline drafts', 'report builder', 'weekly digest', 'API rate limits', 'single sign-on', 'referral flow',
  'shopping cart', 'order tracking', 'support chat', 'account deletion', 'two-factor login', 'scheduled export', 'comment threads', 'file previews',
  'activity feed', 'saved filters', 'payment retries', 'tax settings', 'customer portal', 'release notes', 'status page', 'webhook delivery',
];
const QUALIFIERS = [
  'for small teams', 'on Android', 'on iOS', 'for enterprise accounts', 'in the web app', 'for new users', 'before renewal',
  'across workspaces', 'with fewer clicks', 'for agencies', 'in French and German', 'for power users', 'at checkout', 'for admins',
  'without a page reload', 'in the first week', 'for returning customers', 'on slow networks', 'for finance teams', 'by default',
];
const SUMMARIES = [
  'Let customers do it themselves in under a minute.', 'Cut the steps from five to two and remember the last choice.', 'Ship a first version to ten pilot accounts and measure adoption.',
  'Replace the legacy screen with the new design system components.', 'Make the flow work with a keyboard and a screen reader.', 'Send a reminder when nothing happened for three days.',
  'Show the totals, the taxes and the next payment date on one page.', 'Move the job to a background queue so the page stays responsive.', 'Offer the option in the settings and turn it on for new accounts.',
  'Reuse what the customer typed last time instead of asking again.',
];
const PROBLEMS = [
  'Support gets a dozen tickets a week about this and answers them by hand.', 'Half of the trials that reach this step never come back.', 'Enterprise prospects ask for it in every security questionnaire.',
  'Users copy the data into spreadsheets because the app cannot do it.', 'The current flow breaks on slow mobile connections.', 'Sales loses deals when the demo reaches this screen.',
  'Customers do not understand what they are charged for.', 'Teams abandon the setup before inviting a second person.', 'The page takes several seconds to load for large accounts.',
  'Nobody can tell whether the last change helped or hurt.',
];
const OWNERS = ['Camille', 'Hugo', 'Inès', 'Léa', 'Noah', 'Priya', 'Mateo', 'Yuki', 'Amara', 'Jonas'];
const TAGS = [
  'growth', 'activation', 'retention', 'pricing', 'billing', 'mobile', 'security', 'a11y', 'checkout', 'data', 'ui', 'performance',
  'integrations', 'enterprise', 'compliance', 'analytics', 'support', 'collaboration', 'reliability', 'ecosystem',
];
const SEGMENTS = ['', 'B2B', 'B2C'];
const DAY = 86_400_000;

/** A small seeded generator (mulberry32), so every run seeds the same board. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a long title adds after its object and qualifier, so some cards take three or four lines. */
const CLAUSES = [
  'so that nobody has to ask support', 'with an undo and a clear error message', 'without breaking the existing integrations',
  'and measure the effect on renewals', 'before the end of the quarter', 'as asked by our largest customers', 'with a guided first step',
];

/**
 * Unique titles of 1 to 4 lines on a card at 1440 px (about 15 characters a line), a quarter each:
 * an object alone; a verb and an object; with a qualifier; with a qualifier and a clause.
 */
function makeTitle(rnd, pick, used) {
  const size = Math.floor(rnd() * 4);
  const object = pick(OBJECTS);
  const parts = size === 0 ? [object[0].toUpperCase() + object.slice(1)] : [pick(VERBS), object];
  if (size >= 2) parts.push(pick(QUALIFIERS));
  if (size === 3) parts.push(pick(CLAUSES));
  const base = parts.join(' ');
  let title = base;
  // Short titles repeat most: a version number keeps them apart and short.
  for (let n = 2; used.has(title); n++) title = `${base} v${n}`;
  used.add(title);
  return title;
}

/** The records of a new product holding `count` active initiatives spread over all 7 stages. */
export function buildProduct(count, seed = count) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const product = { id: randomUUID(), name: `Benchmark ${count.toLocaleString('en-US')} cards`, isSample: false, createdAt: now, updatedAt: now, deletedAt: null };

  const stages = [];
  for (const lane of ['strategy', 'discovery', 'delivery']) {
    const inLane = STAGES.filter((s) => s.lane === lane);
    const ranks = generateNKeysBetween(null, null, inLane.length);
    inLane.forEach((s, i) => {
      stages.push({ id: randomUUID(), productId: product.id, lane, name: '', defaultKey: s.key, rank: ranks[i], createdAt: now, updatedAt: now, deletedAt: null });
    });
  }

  // How many cards each stage holds; the rounding remainder goes to the first stage.
  const perStage = STAGE_SHARE.map((share) => Math.floor(share * count));
  perStage[0] += count - perStage.reduce((a, b) => a + b, 0);

  const used = new Set();
  const initiatives = [];
  const transitions = [];
  stages.forEach((stage, s) => {
    const ranks = generateNKeysBetween(null, null, perStage[s]);
    for (const rank of ranks) {
      const createdAt = now - Math.floor(rnd() * 365 * DAY);
      const updatedAt = createdAt + Math.floor(rnd() * (now - createdAt));
      const tags = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(TAGS)))];
      const initiative = {
        id: randomUUID(),
        productId: product.id,
        stageId: stage.id,
        lane: stage.lane,
        rank,
        title: makeTitle(rnd, pick, used),
        summary: pick(SUMMARIES),
        problem: pick(PROBLEMS),
        owner: pick(OWNERS),
        tags,
        segment: pick(SEGMENTS),
        status: 'active',
        closeReason: '',
        closedAt: null,
        createdAt,
        updatedAt,
        deletedAt: null,
      };
      initiatives.push(initiative);
      transitions.push({
        id: randomUUID(),
        productId: product.id,
        initiativeId: initiative.id,
        at: createdAt,
        kind: 'create',
        fromStageId: null,
        toStageId: stage.id,
        fromLane: null,
        toLane: stage.lane,
        status: 'active',
        reason: '',
      });
    }
  });
  return { product, stages, initiatives, transitions };
}

/**
 * Writes the records with raw IndexedDB inside the page: the database the app already created,
 * opened without a version, one readwrite transaction, puts issued in chunks (the next chunk
 * starts when the last put of the previous one succeeds, which keeps the transaction alive).
 */
export async function writeProduct(page, records) {
  return page.evaluate(
    async ({ dbName, records, chunk }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onupgradeneeded = () => {
          request.transaction.abort();
          reject(new Error(`${dbName} does not exist yet: the app did not create it`));
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      try {
        // Every list of records is a table's, named as its store; the product is the one record of `products`.
        const queue = [['products', records.product], ...Object.entries(records).flatMap(([table, list]) => (Array.isArray(list) ? list.map((r) => [table, r]) : []))];
        await new Promise((resolve, reject) => {
          const tx = db.transaction([...new Set(queue.map(([table]) => table))], 'readwrite');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
          let i = 0;
          const next = () => {
            const end = Math.min(i + chunk, queue.length);
            let last = null;
            for (; i < end; i++) last = tx.objectStore(queue[i][0]).put(queue[i][1]);
            if (last) last.onsuccess = next;
          };
          next();
        });
      } finally {
        db.close();
      }
      return performance.now() - started;
    },
    { dbName: DB_NAME, records, chunk: 500 },
  );
}
