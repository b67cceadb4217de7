import type { Doc } from 'yjs';
import * as Y from 'yjs';

/** The size of the stored state each document was loaded from (the document-size limit starts from it). */
export const loadedBytes = new WeakMap<Doc, number>();

/**
 * Applies stored updates to a document being loaded, in one transaction, without telling its update
 * listeners (its other events still fire). Its one listener then is Hocuspocus's relay, which has
 * no connection to relay to yet: Yjs would encode the whole loaded state again for it, half a
 * second for an 18 MB document before the first member gets an answer.
 */
export function applyUnheard(doc: Doc, updates: readonly Uint8Array[]): void {
  const listeners = doc._observers.get('update');
  doc._observers.delete('update');
  try {
    Y.transact(doc, () => updates.forEach((update) => Y.applyUpdate(doc, update)));
  } finally {
    if (listeners) doc._observers.set('update', listeners);
  }
}
