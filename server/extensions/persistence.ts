import {
  shouldSkipStoreHooks,
  type beforeUnloadDocumentPayload,
  type Extension,
  type LocalTransactionOrigin,
  type onChangePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { errorText, type Logger } from '../log.ts';
import type { DocumentLog, Mark, StoredDocument } from '../store/document-log.ts';
import { applyUnheard, loadedBytes } from './quiet-load.ts';

export interface PersistenceOptions {
  /** How long a burst of changes is gathered before it is appended, as one row. */
  appendAfterMs: number;
  /** A document is written whole again once this many rows were appended since, and when its last member leaves. */
  compactAfterRows: number;
}

const DEFAULTS: PersistenceOptions = { appendAfterMs: 200, compactAfterRows: 500 };

/** What a compaction brings into a document from the database: it is stored already. */
const MERGED_FROM_DATABASE: LocalTransactionOrigin = { source: 'local', skipStoreHooks: true };

interface OpenDocument {
  name: string;
  /** Changes applied here and not appended yet. */
  pending: Uint8Array[];
  timer: NodeJS.Timeout | null;
  appending: Promise<void>;
  /** Rows appended since the snapshot this node last read or wrote. */
  rows: number;
  /** How far this node has read what is stored. */
  mark: Mark;
}

/**
 * Keeps each product's document in the database as it changes (see DocumentLog): every change of
 * this node's members is appended within `appendAfterMs`, and the document is written whole now
 * and then. Hocuspocus's database extension encodes the whole document at every store instead: at
 * 18 MB that held a node for half a second every few seconds of editing, and edits relayed
 * meanwhile waited.
 *
 * Several nodes append to the same document, each its own members' changes (those relayed by
 * Redis are appended by their node), and Redis may drop a message between them: each store, and a
 * compaction, first merges what the others stored into this node's document (its members get it
 * too), so nothing another node stored is missed or overwritten. A change relayed from a node that
 * stopped before appending it is written with this node's next compaction.
 */
export class PersistenceExtension implements Extension {
  readonly extensionName = 'persistence';
  private readonly open = new WeakMap<Y.Doc, OpenDocument>();
  private readonly documents: DocumentLog;
  private readonly log: Logger;
  private readonly options: PersistenceOptions;

  constructor(documents: DocumentLog, log: Logger, options: Partial<PersistenceOptions> = {}) {
    this.documents = documents;
    this.log = log;
    this.options = { ...DEFAULTS, ...options };
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const stored = await this.documents.read(documentName);
    const updates = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
    this.open.set(document, { name: documentName, pending: [], timer: null, appending: Promise.resolve(), rows: stored.updates.length, mark: stored.mark });
    if (updates.length === 0) return;
    loadedBytes.set(document, updates.reduce((sum, update) => sum + update.byteLength, 0));
    applyUnheard(document, updates);
  }

  async onChange({ document, update, transactionOrigin }: onChangePayload): Promise<void> {
    const open = this.open.get(document);
    if (!open || shouldSkipStoreHooks(transactionOrigin)) return;
    open.pending.push(update);
    open.timer ??= setTimeout(() => void this.append(open), this.options.appendAfterMs);
  }

  /**
   * Hocuspocus calls it a moment after a member's changes, and when the last member leaves. What
   * other nodes stored since is merged in too: Redis may have dropped their messages.
   */
  async onStoreDocument({ document }: onStoreDocumentPayload): Promise<void> {
    const open = this.open.get(document);
    if (!open) return;
    await this.append(open);
    if (open.rows >= this.options.compactAfterRows || document.getConnectionsCount() === 0) await this.compact(open, document);
    else {
      const stored = await this.documents.since(open.name, open.mark);
      this.merge(document, stored);
      open.mark = stored.mark;
    }
  }

  async beforeUnloadDocument({ document }: beforeUnloadDocumentPayload): Promise<void> {
    const open = this.open.get(document);
    if (open) await this.append(open);
  }

  /** Appends the pending changes as one row; a failed append keeps them for the next one. */
  private append(open: OpenDocument): Promise<void> {
    if (open.timer) clearTimeout(open.timer);
    open.timer = null;
    if (open.pending.length === 0) return open.appending;
    const batch = open.pending;
    open.pending = [];
    open.appending = open.appending.then(async () => {
      try {
        await this.documents.append(open.name, batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch));
        open.rows += 1;
      } catch (error) {
        open.pending.unshift(...batch);
        this.log('error', 'document-append-failed', { product: open.name, error: errorText(error) });
      }
    });
    return open.appending;
  }

  private async compact(open: OpenDocument, document: Y.Doc): Promise<void> {
    const mark = await this.documents.compact(open.name, open.mark, (stored) => {
      this.merge(document, stored);
      return Y.encodeStateAsUpdate(document);
    });
    if (mark) {
      open.mark = mark;
      open.rows = 0;
    }
  }

  /** Brings what is stored into the document; Yjs skips what it has already, and relays the rest to its members. */
  private merge(document: Y.Doc, stored: StoredDocument): void {
    // Only what the document lacks of another node's snapshot: applying 18 MB whole takes a second.
    if (stored.snapshot) Y.applyUpdate(document, Y.diffUpdate(stored.snapshot, Y.encodeStateVector(document)), MERGED_FROM_DATABASE);
    for (const update of stored.updates) Y.applyUpdate(document, update, MERGED_FROM_DATABASE);
  }
}
