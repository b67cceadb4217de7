import { Database } from '@hocuspocus/extension-database';
import type { onLoadDocumentPayload } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUnheard, loadedBytes, loadQuietly } from './quiet-load.ts';

/** A stored product: one initiative. */
function storedState(): Uint8Array {
  const doc = new Y.Doc();
  const record = new Y.Map<unknown>();
  record.set('title', 'Bulk import');
  doc.getMap('initiatives').set('i1', record);
  return Y.encodeStateAsUpdate(doc);
}

/** A document with an update listener, as Hocuspocus's documents have: what it heard. */
function listenedDoc() {
  const doc = new Y.Doc();
  const heard: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => heard.push(update));
  return { doc, heard };
}

describe('loading a stored document quietly', () => {
  it('applies the state without its update listeners hearing it, and they hear the next change', () => {
    const { doc, heard } = listenedDoc();
    applyUnheard(doc, storedState());
    expect(doc.getMap('initiatives').toJSON()).toEqual({ i1: { title: 'Bulk import' } });
    expect(heard).toEqual([]);

    (doc.getMap('initiatives').get('i1') as Y.Map<unknown>).set('title', 'Bulk import from CSV');
    expect(heard).toHaveLength(1);
  });

  it('loads through the extension’s fetch and notes the stored size', async () => {
    const state = storedState();
    const extension = loadQuietly(new Database({ fetch: async () => state }));
    const { doc, heard } = listenedDoc();
    await extension.onLoadDocument({ document: doc, documentName: 'p1' } as unknown as onLoadDocumentPayload);
    expect(doc.getMap('initiatives').toJSON()).toEqual({ i1: { title: 'Bulk import' } });
    expect(heard).toEqual([]);
    expect(loadedBytes.get(doc)).toBe(state.byteLength);
  });

  it('leaves a document nothing was stored for as it is', async () => {
    const extension = loadQuietly(new Database({ fetch: async () => null }));
    const { doc } = listenedDoc();
    await extension.onLoadDocument({ document: doc, documentName: 'p1' } as unknown as onLoadDocumentPayload);
    expect(doc.share.size).toBe(0);
    expect(loadedBytes.has(doc)).toBe(false);
  });
});
