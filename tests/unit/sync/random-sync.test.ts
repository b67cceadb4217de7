import fc from 'fast-check';
import { afterEach, expect, it, vi } from 'vitest';
import { SYNCED_TABLES } from '../../../src/db/sync-outbox';
import type { DataTable } from '../../../src/domain/tables';
import { isLive } from '../../../src/domain/undo-rules';
import { docRecord, tableMap } from '../../../src/sync/doc-records';
import { fuzz, FUZZ_TIMEOUT } from '../fuzz';
import { docRows, newerClientWrites, resetClientIds, settle, sharedProduct, syncedRows, type Client, type Peer, type Server } from './clients';
import { Draw, OPS } from './random-ops';

const LONG = process.env.FUZZ === 'long';
const ROUNDS = 300;
/** The share of `npm test` this property takes (a run takes about half a second); `npm run test:fuzz` has none. */
const BUDGET_MS = 20_000;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Which records the clients' own commands took out of use (deleted, tombstoned) and which they
 * brought back (undo, redo), as opposed to what sync copied from a teammate: a record is only
 * ever live again at the end if some client restored it.
 */
class Liveness {
  readonly seen = new Set<string>();
  readonly killed = new Set<string>();
  readonly restored = new Set<string>();
  /** The tables the clients' own commands wrote to. */
  readonly tables = new Set<DataTable>();
  /** Set while a client's command runs; sync's own writes happen in between. */
  local = false;

  watch(client: Client) {
    for (const table of SYNCED_TABLES) {
      const records = client.anyDataTable(table);
      records.hook('creating', (key, record) => this.write(table, key, undefined, record));
      records.hook('updating', (changes, key, record) => this.write(table, key, record, { ...record, ...changes }));
      records.hook('deleting', (key, record) => this.write(table, key, record, undefined));
    }
  }

  private write(table: DataTable, key: string, before: unknown, after: unknown) {
    const id = `${table}:${key}`;
    if (this.local) this.tables.add(table);
    if (this.local && isLive(before) && !isLive(after)) this.killed.add(id);
    if (this.local && !isLive(before) && isLive(after) && (before !== undefined || this.seen.has(id))) this.restored.add(id);
    if (after !== undefined) this.seen.add(id);
  }
}

interface Step {
  who: number;
  /** What happens, out of 100: a command (undo and redo among them), going off or online, a message, a newer client's write, a reload. */
  kind: number;
  seed: number;
}

/** A field a newer client wrote: table, key, field. */
type Future = [DataTable, string, string];

interface World {
  server: Server;
  liveness: Liveness;
  futures: Future[];
  stats: Record<string, number>;
}

const OP_NAMES = Object.keys(OPS);

function newerClientField(server: Server, d: Draw, futures: Future[]) {
  const table = d.pick(SYNCED_TABLES)!;
  const key = d.pick([...tableMap(server.doc, table).keys()].sort());
  if (!key) return;
  const field = `future${futures.length}`;
  newerClientWrites(server, table, key, field, { from: 'a newer client' });
  futures.push([table, key, field]);
}

async function step(peer: Peer, { kind, seed }: Step, world: World) {
  const d = new Draw(seed);
  vi.setSystemTime(Date.now() + d.int(8_000));
  const count = (what: string) => (world.stats[what] = (world.stats[what] ?? 0) + 1);
  if (kind < 65) {
    const name = kind < 8 ? 'undo' : kind < 12 ? 'redo' : d.pick(OP_NAMES)!;
    world.liveness.local = true;
    try {
      count((await OPS[name]!(peer.client, peer.productId, d)) ? 'done' : 'nothing');
    } catch (error) {
      if (!(error instanceof peer.client.command.CommandError)) throw error;
      count('refused');
    } finally {
      world.liveness.local = false;
    }
    await peer.pushIfChanged();
  } else if (kind < 73) {
    count(peer.online ? 'offline' : 'online');
    if (peer.online) peer.disconnect();
    else await peer.connect();
  } else if (kind < 96) {
    if (peer.online) await d.pick([() => peer.receive(), () => peer.flush(), () => peer.pushIfChanged()])!();
  } else if (kind < 98) {
    newerClientField(world.server, d, world.futures);
  } else {
    count('reload');
    peer.open();
  }
}

const SETUP = [
  ...['createInitiative', 'createInitiative', 'logHypothesis', 'planExperiment', 'recordInterview', 'linkEvidence', 'createStory', 'createSprint', 'startRitualRun', 'createObjective'],
  ...['createAccount', 'addFeedback', 'linkFeedback', 'saveView'],
];

/**
 * Something in every table to start from, by the owner. Its history is then set aside (as if from
 * an earlier session): undoing the product's own creation would leave the run nothing to work on.
 */
async function someOfEverything(owner: Peer) {
  const c = owner.client;
  for (const [i, name] of SETUP.entries()) await OPS[name]!(c, owner.productId, new Draw(i));
  await c.rituals.startRitualRun(owner.productId, null, 'retrospective', 'en');
  await owner.pushIfChanged();
  await c.db.activity.toCollection().modify({ state: 'discarded' });
}

/** Three members, hundreds of random steps, then everyone online: the same data everywhere, nothing back from the dead. */
async function run(steps: readonly Step[]) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2025, 0, 15, 9));
  let uuid = 0;
  vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${(uuid++).toString(16).padStart(12, '0')}`);
  resetClientIds();
  const { server, productId, peers, clients } = await sharedProduct(['editor', 'editor']);
  const world: World = { server, liveness: new Liveness(), futures: [], stats: {} };
  clients.forEach((client) => world.liveness.watch(client));
  await someOfEverything(peers[0]!);
  await settle(peers);
  for (const s of steps) await step(peers[s.who]!, s, world);

  for (const peer of peers) if (!peer.online) await peer.connect();
  await settle(peers);

  for (const client of clients) expect(await client.db.syncOutbox.count()).toBe(0);
  const rows = await syncedRows(clients[0]!, productId);
  for (const client of clients.slice(1)) expect(await syncedRows(client, productId)).toEqual(rows);
  expect(docRows(server.doc)).toEqual(rows);
  const { liveness } = world;
  for (const id of liveness.seen) {
    const [table, key] = id.split(':') as [DataTable, string];
    const record = rows[table]!.find((r) => r.id === key);
    if (!liveness.killed.has(id)) expect(isLive(record), `${id} was never deleted`).toBe(true);
    else if (!liveness.restored.has(id)) expect(isLive(record), `${id} was deleted and never restored`).toBe(false);
  }
  for (const [table, key, field] of world.futures) {
    if (docRecord(server.doc, table, key)) expect(rows[table]!.find((r) => r.id === key), `${table}:${key} keeps ${field}`).toHaveProperty(field);
  }
  clients.forEach((client) => client.db.close());
  return { stats: world.stats, tables: liveness.tables };
}

const steps = fc.array(fc.noBias(fc.record({ who: fc.nat(2), kind: fc.nat(99), seed: fc.nat() })), { minLength: ROUNDS, maxLength: ROUNDS });

it(
  'keeps three members who work offline and online in step, with no record coming back unless restored',
  async () => {
    const totals: Record<string, number> = {};
    const tables = new Set<DataTable>();
    // A failure prints its seed and path: given to fc.assert's parameters, they replay it exactly.
    const params = { ...fuzz(25), ...(LONG ? {} : { interruptAfterTimeLimit: BUDGET_MS }) };
    await fc.assert(
      fc.asyncProperty(steps, async (oneRun) => {
        const result = await run(oneRun);
        for (const [what, n] of Object.entries(result.stats)) totals[what] = (totals[what] ?? 0) + n;
        result.tables.forEach((table) => tables.add(table));
      }),
      params,
    );
    // The runs did what they are for: most commands applied, members went offline and came back.
    expect(totals.done).toBeGreaterThan((totals.refused ?? 0) + (totals.nothing ?? 0));
    expect(totals.offline).toBeGreaterThan(10);
    // Every table the team shares was written by the members' own commands.
    expect([...tables].sort()).toEqual([...SYNCED_TABLES].sort());
  },
  FUZZ_TIMEOUT,
);
