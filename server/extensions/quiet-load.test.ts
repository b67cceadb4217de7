import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUnheard } from './quiet-load.ts';

/** A stored product's updates: one initiative, then its title changed. */
function storedUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const record = new Y.Map<unknown>();
  record.set('title', 'Bulk import');
  doc.getMap('initiatives').set('i1', record);
  record.set('title', 'Bulk import from CSV');
  return updates;
}

/** A document with an update listener, as Hocuspocus's documents have: what it heard. */
function listenedDoc() {
  const doc = new Y.Doc();
  const heard: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => heard.push(update));
  return { doc, heard };
}

describe('loading a stored document quietly', () => {
  it('applies the updates without its update listeners hearing them, and they hear the next change', () => {
    const { doc, heard } = listenedDoc();
    applyUnheard(doc, storedUpdates());
    expect(doc.getMap('initiatives').toJSON()).toEqual({ i1: { title: 'Bulk import from CSV' } });
    expect(heard).toEqual([]);

    (doc.getMap('initiatives').get('i1') as Y.Map<unknown>).set('title', 'CSV import');
    expect(heard).toHaveLength(1);
  });

  it('applies them in one transaction: observers see the loaded state once', () => {
    const { doc } = listenedDoc();
    const seen: unknown[] = [];
    doc.getMap('initiatives').observeDeep(() => seen.push(doc.getMap('initiatives').toJSON()));
    applyUnheard(doc, storedUpdates());
    expect(seen).toEqual([{ i1: { title: 'Bulk import from CSV' } }]);
  });
});
