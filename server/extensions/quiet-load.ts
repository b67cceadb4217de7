import type { Database } from '@hocuspocus/extension-database';
import type { Doc } from 'yjs';
import * as Y from 'yjs';

/** The size of the stored state each document was loaded from (the document-size limit starts from it). */
export const loadedBytes = new WeakMap<Doc, number>();

/**
 * Makes a persistence extension load a stored document as the Database extension does, except that
 * the document's own update listener (Hocuspocus's relay, which has no connection to relay to yet)
 * is off meanwhile: Yjs would encode the whole loaded state again for it, half a second for an
 * 18 MB document before the first member gets an answer. The stored size is noted (loadedBytes).
 */
export function loadQuietly<T extends Database>(extension: T): T {
  extension.onLoadDocument = async (data) => {
    const update = await extension.configuration.fetch(data);
    if (!update) return;
    loadedBytes.set(data.document, update.byteLength);
    applyUnheard(data.document, update);
  };
  return extension;
}

/** Applies an update without telling the document's update listeners (its other events still fire). */
export function applyUnheard(doc: Doc, update: Uint8Array): void {
  const listeners = doc._observers.get('update');
  doc._observers.delete('update');
  try {
    Y.applyUpdate(doc, update);
  } finally {
    if (listeners) doc._observers.set('update', listeners);
  }
}
