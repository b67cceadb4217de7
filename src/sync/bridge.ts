import { getState, type AbstractType, type Doc, type Transaction, type YEvent, type YMapEvent } from 'yjs';
import { DATA_TABLES, type DataRecord, type DataTable } from '../domain/tables';
import { anyDataTable, db } from '../db/db';
import type { OutboxEntry } from '../db/share-types';
import { queuedRecords, SYNCED_TABLES, type Queued } from '../db/sync-outbox';
import { isPlaceableCard } from '../domain/arriving-cards';
import type { Initiative } from '../domain/types';
import { cardsArrived, cardsStored } from './arriving-cards';
import { docRecord, pendingFieldsOf, pulledRecord, removedMap, removeRecord, splitRemovedKey, tableMap, touchedKeys, writeRecord, type PendingFields } from './doc-records';
import { forgetPushes, notePush, readSent, type Sent } from './sent-log';
import { whenIdle } from './when-idle';

/** The origin of the doc transactions that carry this browser's own changes: they are not written back. */
export const LOCAL_ORIGIN = 'local-changes';

type Keys = Map<DataTable, Set<string>>;

/** What the board needs to show its cards. */
const BOARD_TABLES: ReadonlySet<DataTable> = new Set(['products', 'stages', 'initiatives']);
/** From this many records, a pull writes the board's tables first (a join, a long time offline). */
const BOARD_FIRST_FROM = 2_000;
/**
 * How many records a large pull compares and stores at a time, each slice awaited: between two,
 * the page runs, and a joining board reads and shows its cards while hypotheses and stories are
 * stored. A join stores the board's own tables in one piece, the quickest; a reopen compares them
 * in slices too (5,000 cards at once were a task of 0.4 s).
 */
const SLICE = 500;
/** Up to this many cards changed at once, the board shows them as received, before they are stored. */
const SHOWN_BEFORE_STORED = 50;
/** How long after storing them the board may still be re-reading its stages. */
const FORGET_ARRIVED_AFTER_MS = 2_000;

/**
 * Between one product's records in Dexie and its Y.Doc. Local changes reach the doc from the
 * outbox the commands fill; remote changes reach Dexie in transactions of their own, which are
 * neither in the local undo history nor queued back to the server. Screens read Dexie as always.
 */
export class Bridge {
  private touched: Keys = new Map();
  private pulling: Promise<void> = Promise.resolve();
  private pullScheduled = false;
  /** Cards handed to the board as received, until the pull that stores them. */
  private arrived: Initiative[] = [];
  /** The last outbox entry written into this doc. */
  private pushed = 0;
  /** While the doc is given the stored document a piece at a time: its records may be half there. */
  private held = false;
  /** Called once remote changes are written, with how many records changed. */
  onPulled: (count: number) => void = () => undefined;
  /** Called before this browser's changes go into the doc: whatever sends them must be listening. */
  beforeWrite: () => void = () => undefined;

  constructor(
    readonly doc: Doc,
    readonly productId: string,
  ) {}

  /** Starts writing the doc's remote changes into Dexie; returns the function that stops it. */
  observe(): () => void {
    const stops = SYNCED_TABLES.map((table) => {
      const map = tableMap(this.doc, table);
      const listener = (events: YEvent<AbstractType<unknown>>[], tr: Transaction) => {
        if (tr.origin === LOCAL_ORIGIN) return;
        const keys = touchedKeys(events);
        this.touch(table, keys);
        if (this.held) return;
        if (table === 'initiatives') this.showArrived(keys);
        this.schedulePull();
      };
      map.observeDeep(listener);
      return () => map.unobserveDeep(listener);
    });
    const removed = removedMap(this.doc);
    const onRemoved = (event: YMapEvent<number>, tr: Transaction) => {
      if (tr.origin === LOCAL_ORIGIN) return;
      for (const entry of event.keysChanged) {
        const [table, key] = splitRemovedKey(entry);
        if (table) this.touch(table, [key]);
      }
      if (!this.held) this.schedulePull();
    };
    removed.observe(onRemoved);
    return () => {
      stops.forEach((stop) => stop());
      removed.unobserve(onRemoved);
      cardsStored(this.arrived);
    };
  }

  /**
   * Notes what changes in the doc without storing it until the returned function is called: the
   * stored document, applied a piece at a time, leaves records half there between two pieces.
   */
  hold(): () => void {
    this.held = true;
    return () => {
      this.held = false;
      const cards = this.touched.get('initiatives');
      if (cards) this.showArrived(cards);
      if (this.touched.size > 0) this.schedulePull();
    };
  }

  /**
   * Hands a teammate's changed cards to the board, which shows them before they are stored and
   * re-read (a field this browser changed and has not sent yet shows as received meanwhile). A
   * join or a long time offline changes too many: the board waits for Dexie then.
   */
  private showArrived(keys: ReadonlySet<string>) {
    if (keys.size > SHOWN_BEFORE_STORED) return;
    this.arrived.push(...this.handToBoard(keys));
  }

  /** Notes records remote changes touched, for the next pull. */
  private touch(table: DataTable, keys: Iterable<string>) {
    const all = this.touched.get(table) ?? new Set<string>();
    for (const key of keys) all.add(key);
    if (all.size > 0) this.touched.set(table, all);
  }

  /** Resolves once every remote change received so far is in Dexie. */
  settled(): Promise<void> {
    return this.pulling;
  }

  private schedulePull() {
    if (this.pullScheduled) return;
    this.pullScheduled = true;
    // One Dexie transaction for everything a burst of messages changed. It joins the chain at once,
    // so settled() called right after a message arrives waits for it.
    this.pulling = this.pulling
      .then(async () => {
        this.pullScheduled = false;
        const keys = this.touched;
        const arrived = this.arrived;
        this.touched = new Map();
        this.arrived = [];
        try {
          return await this.pull(keys);
        } finally {
          setTimeout(() => cardsStored(arrived), FORGET_ARRIVED_AFTER_MS);
        }
      })
      .then(this.onPulled, (error: unknown) => console.error('sync: could not store remote changes', error));
  }

  /**
   * Writes the doc's version of these records into Dexie. A large pull (a join, a long time
   * offline) writes the board's tables in a transaction of their own first: the cards show while
   * hypotheses, stories and history are still being stored, rather than after all of them. A join
   * stores the product and its stages before the cards, which the board shows as received meanwhile.
   */
  private async pull(keys: Keys): Promise<number> {
    let size = 0;
    for (const ids of keys.values()) size += ids.size;
    if (size < BOARD_FIRST_FROM) return this.pullTables(keys);
    const board: Keys = new Map([...keys].filter(([table]) => BOARD_TABLES.has(table)));
    const rest: Keys = new Map([...keys].filter(([table]) => !BOARD_TABLES.has(table)));
    // A join: nothing of this product is stored here to compare with. Reading the 5,000 cards that
    // are not there took 0.25 s before the board could show them.
    const joining = (await db.products.get(this.productId)) === undefined;
    if (!joining) return (await this.pullTables(board, SLICE)) + (await this.pullTables(rest, SLICE));
    // The product and its stages first, on their own: the board shows them with the cards as
    // received, and reads them before the cards are stored. IndexedDB answered no read of the page
    // while it stored 5,000 cards (0.8 s): the board showed nothing until then.
    const frame: Keys = new Map([...board].filter(([table]) => table !== 'initiatives'));
    const cards: Keys = new Map([...board].filter(([table]) => table === 'initiatives'));
    const shown = this.handToBoard(cards.get('initiatives'));
    try {
      let count = await this.pullTables(frame, Infinity, true);
      // The page idle, it has read and shown what it was given (or 50 ms on, where it cannot say).
      await new Promise<void>((resolve) => whenIdle(resolve, 50));
      count += await this.pullTables(cards, Infinity, true);
      return count + (await this.pullTables(rest, SLICE, true));
    } finally {
      setTimeout(() => cardsStored(shown), FORGET_ARRIVED_AFTER_MS);
    }
  }

  /**
   * Hands these cards, as the doc has them, to the board as received. A joined product's all go:
   * the board shows them as soon as it has the product and its stages, while the cards are stored
   * (0.7 s at 5,000 cards on the benchmark's machine) and read back. Nothing of the product is
   * here yet, so nothing here is newer.
   */
  private handToBoard(keys: ReadonlySet<string> | undefined): Initiative[] {
    const cards = [...(keys ?? [])].map((key) => docRecord(this.doc, 'initiatives', key)).filter((record) => isPlaceableCard(record, this.productId));
    cardsArrived(cards);
    return cards;
  }

  /** Writes the doc's version of these records into Dexie in one transaction, `slice` records at a time (see pulledRecord). */
  private async pullTables(keys: Keys, slice = Infinity, joining = false): Promise<number> {
    if (keys.size === 0) return 0;
    // Only the tables it writes: the board's queries read the cards while the rest is stored.
    return db.transaction('rw', [...keys.keys(), 'syncOutbox', 'meta'], async () => {
      const pending = await this.pendingFields();
      let count = 0;
      for (const [table, ids] of keys) {
        const all = [...ids];
        for (let from = 0; from < all.length; from += slice) count += await this.pullSlice(table, all.slice(from, from + slice), pending, joining);
      }
      return count;
    });
  }

  /**
   * Writes the doc's version of these records of one table (in pullTables' transaction); answers
   * how many changed. Joining, only records changed here since (in the outbox) can be stored here.
   */
  private async pullSlice(table: DataTable, keys: string[], pending: PendingFields, joining: boolean): Promise<number> {
    const records = anyDataTable(table);
    const unread = joining && !keys.some((key) => pending.has(`${table}:${key}`));
    const current = unread ? [] : await records.bulkGet(keys);
    const [puts, deletes]: [DataRecord[], string[]] = [[], []];
    keys.forEach((key, i) => {
      const pulled = pulledRecord(table, key, docRecord(this.doc, table, key), current[i] as Record<string, unknown> | undefined, pending.get(`${table}:${key}`), this.productId);
      if (pulled === 'delete') deletes.push(key);
      else if (pulled) puts.push(pulled.put as unknown as DataRecord);
    });
    if (puts.length > 0) await records.bulkPut(puts);
    if (deletes.length > 0) await records.bulkDelete(deletes);
    return puts.length + deletes.length;
  }

  /**
   * The fields changed here that this doc does not have yet. Once pushed, the doc holds them, and
   * what it holds now is the merge, a teammate's concurrent value of the same field included.
   */
  private async pendingFields(): Promise<PendingFields> {
    const inDoc = this.inDoc(await readSent(this.productId));
    return pendingFieldsOf(await db.syncOutbox.where('productId').equals(this.productId).and((entry) => !inDoc(entry.id!)).toArray());
  }

  /**
   * Writes the queued local changes the doc lacks into it (which sends them); returns the last
   * queue entry, to be dropped from the queue once the server acknowledges, or null if none.
   */
  async push(): Promise<number | null> {
    const { entries, records, sent } = await db.transaction('r', [...DATA_TABLES, 'syncOutbox', 'meta'], async () => {
      const sent = await readSent(this.productId);
      const entries = await db.syncOutbox.where('productId').equals(this.productId).toArray();
      return { entries, records: await queuedRecords(entries), sent };
    });
    if (entries.length === 0) return null;
    const inDoc = this.inDoc(sent);
    this.write(entries.filter((e) => !inDoc(e.id!)), records);
    this.pushed = entries.at(-1)!.id!;
    await this.rememberSent();
    return this.pushed;
  }

  /**
   * Writes a command of this tab straight into the doc from the records it stored, which sends it
   * at once, without reading back what was just written: an edit leaves before the screens that
   * show it have re-read their data. Only when everything queued before it is in the doc already,
   * so changes reach the doc in order; answers the last entry written, or null to leave it to push().
   */
  pushQueued({ entries, records }: Queued): number | null {
    const mine = entries.filter((entry) => entry.productId === this.productId);
    const inOrder = mine.every((entry, i) => entry.id === this.pushed + 1 + i);
    if (this.pushed === 0 || mine.length === 0 || !inOrder) return null;
    this.write(mine, records);
    this.pushed = mine.at(-1)!.id!;
    this.rememberSent().catch((error: unknown) => console.error('sync: could not note what was sent', error));
    return this.pushed;
  }

  /** Writes the entries into the doc from their records, by `table:key` (none: removed). */
  private write(entries: readonly OutboxEntry[], records: ReadonlyMap<string, unknown>) {
    this.beforeWrite();
    this.doc.transact(() => {
      for (const entry of entries) {
        const record = records.get(`${entry.table}:${entry.key}`) as Record<string, unknown> | undefined;
        if (record) writeRecord(this.doc, entry.table, entry.key, record, entry.fields);
        else if (entry.fields === null) removeRecord(this.doc, entry.table, entry.key);
      }
    }, LOCAL_ORIGIN);
  }

  /** Notes, across reloads, which queue entries this doc's updates carry up to now. */
  private async rememberSent(): Promise<void> {
    const { clientID } = this.doc;
    await notePush(this.productId, { client: clientID, clock: getState(this.doc.store, clientID), upTo: this.pushed });
  }

  /** Drops the queue entries up to `lastId`: the server has them. */
  async acknowledge(lastId: number): Promise<void> {
    await db.transaction('rw', ['syncOutbox', 'meta'], async () => {
      await db.syncOutbox.where('productId').equals(this.productId).and((entry) => entry.id! <= lastId).delete();
      await forgetPushes(this.productId, lastId);
    });
  }

  /** Whether an outbox entry is in this doc already: pushed into it, or received in an update of an earlier doc. */
  private inDoc(sent: readonly Sent[]): (id: number) => boolean {
    return (id) => id <= this.pushed || sent.some((s) => id <= s.upTo && getState(this.doc.store, s.client) >= s.clock);
  }
}
