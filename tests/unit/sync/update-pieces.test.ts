import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyInPieces, updatePieces } from '../../../src/sync/update-pieces';

/** Every root type's content, as a person would read it. */
function contentOf(doc: Y.Doc) {
  const map = doc.getMap('records').toJSON();
  const text = doc.getText('notes').toDelta();
  const list = doc.getArray('list').toJSON();
  const xml = doc.getXmlFragment('xml').toString();
  return { map, text, list, xml };
}

/** A doc written by three clients in turns, with every kind of content Yjs encodes, and deletes. */
function busyDoc(rounds: number, seed: number, gc = true): Y.Doc {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const clients = [1, 2, 3].map((clientID) => {
    const doc = new Y.Doc({ gc });
    doc.clientID = clientID * 1000 + seed;
    return doc;
  });
  const sync = () => {
    for (const from of clients) for (const to of clients) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
  };
  for (let round = 0; round < rounds; round++) {
    for (const doc of clients) {
      const records = doc.getMap<Y.Map<unknown>>('records');
      const key = `r${Math.floor(random() * 20)}`;
      let record = records.get(key);
      if (!record || random() < 0.1) {
        record = new Y.Map();
        records.set(key, record);
      }
      record.set('title', `Titre ${round} — “ünïcode” 🚀 ${random()}`);
      record.set('rank', random() < 0.5 ? Math.floor(random() * 1e9) : -random() * 1e6);
      record.set('tags', ['a', { nested: [1, null, true, false, 2.5] }, undefined]);
      record.set('flag', random() < 0.5 ? null : random() < 0.5);
      if (random() < 0.2) record.set('bytes', new Uint8Array([round % 256, 1, 2, 3]));
      if (random() < 0.2) record.delete('flag');
      if (random() < 0.1) records.delete(`r${Math.floor(random() * 20)}`);
      const text = doc.getText('notes');
      text.insert(Math.floor(random() * (text.length + 1)), `a 𝒳 ${round} `, random() < 0.3 ? { bold: true } : {});
      if (random() < 0.2) text.insertEmbed(0, { image: `p${round}.png` });
      if (text.length > 10 && random() < 0.4) text.delete(Math.floor(random() * (text.length - 5)), 3);
      if (text.length > 4 && random() < 0.2) text.format(0, 3, { italic: true });
      const list = doc.getArray('list');
      list.push([round, `item ${round}`]);
      if (list.length > 3 && random() < 0.3) list.delete(1, 2);
      if (random() < 0.2) {
        const element = new Y.XmlElement(`p${round % 3}`);
        element.insert(0, [new Y.XmlText(`text ${round}`)]);
        doc.getXmlFragment('xml').insert(0, [element, new Y.XmlHook(`hook${round % 2}`) as unknown as Y.XmlElement]);
      }
    }
    if (random() < 0.5) sync();
  }
  sync();
  return clients[0]!;
}

function applyWhole(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc;
}

function expectSame(actual: Y.Doc, expected: Y.Doc) {
  expect(contentOf(actual)).toEqual(contentOf(expected));
  expect(Y.encodeStateVector(actual)).toEqual(Y.encodeStateVector(expected));
  // Nothing one holds is missing from the other, deletes included.
  expect(Y.equalSnapshots(Y.snapshot(actual), Y.snapshot(expected))).toBe(true);
}

describe('a Yjs update cut into pieces', () => {
  it('leaves a doc as the whole update does, whatever the size of the pieces', () => {
    for (const seed of [1, 2, 3]) {
      const update = Y.encodeStateAsUpdate(busyDoc(40, seed));
      const whole = applyWhole(update);
      for (const maxBytes of [1, 40, 500, 1_000_000]) {
        const pieces = [...updatePieces(update, maxBytes)];
        const doc = new Y.Doc();
        pieces.forEach((piece) => Y.applyUpdate(doc, piece));
        expectSame(doc, whole);
        // No piece waited for another: each applied in order found what it builds on.
        expect(doc.store.pendingStructs).toBeNull();
      }
    }
  });

  it('keeps each piece near its size: structs of one client, about that many bytes, the deletes last', () => {
    const update = Y.encodeStateAsUpdate(busyDoc(200, 4));
    const pieces = [...updatePieces(update, 512)];
    expect(pieces.length).toBeGreaterThan(10);
    const sizes = pieces.map((piece) => piece.byteLength);
    expect(Math.max(...sizes.slice(0, -1))).toBeLessThan(2_048);
    for (const piece of pieces.slice(0, -1)) expect(Y.decodeUpdate(piece).ds.clients.size).toBe(0);
    const last = Y.decodeUpdate(pieces.at(-1)!);
    expect(last.structs).toEqual([]);
    expect(last.ds.clients.size).toBeGreaterThan(0);
  });

  it('cuts what a doc without garbage collection and a merge of updates with a gap hold', () => {
    const kept = Y.encodeStateAsUpdate(busyDoc(40, 5, false));
    const doc = new Y.Doc();
    [...updatePieces(kept, 100)].forEach((piece) => Y.applyUpdate(doc, piece));
    expectSame(doc, applyWhole(kept));

    // Updates 1 and 3 of one client, merged: the missing 2 is a Skip in the middle.
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    for (const value of ['one', 'two', 'three']) source.getMap('records').set(value, value);
    const gapped = Y.mergeUpdates([updates[0]!, updates[2]!]);
    const inPieces = new Y.Doc();
    [...updatePieces(gapped, 1)].forEach((piece) => Y.applyUpdate(inPieces, piece));
    expectSame(inPieces, applyWhole(gapped));
    Y.applyUpdate(inPieces, updates[1]!);
    expect(inPieces.getMap('records').toJSON()).toEqual({ one: 'one', two: 'two', three: 'three' });
  });

  it('refuses an update it cannot read, and applyInPieces then applies it whole, as Yjs would', async () => {
    const update = Y.encodeStateAsUpdate(busyDoc(10, 6));
    const cut = update.subarray(0, Math.floor(update.length / 2));
    expect(() => [...updatePieces(cut, 64)]).toThrow();
    // Yjs refuses the cut update as well: the error reaches the caller, as before.
    await expect(applyInPieces(new Y.Doc(), [cut], null, () => false)).rejects.toThrow();
  });

  it('applies several updates a piece at a time, each transaction with the given origin, and gives up when told', async () => {
    const source = busyDoc(80, 7);
    const updates = [Y.encodeStateAsUpdate(source)];
    source.getMap('records').set('later', 'yes');
    updates.push(Y.encodeStateAsUpdate(source, Y.encodeStateVectorFromUpdate(updates[0]!)));
    const doc = new Y.Doc();
    const origins = new Set<unknown>();
    let transactions = 0;
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      origins.add(tr.origin);
      transactions++;
    });
    await applyInPieces(doc, updates, 'stored', () => false, 0);
    expect([...origins]).toEqual(['stored']);
    expect(transactions).toBe(updates.reduce((sum, update) => sum + [...updatePieces(update)].length, 0));
    expectSame(doc, source);

    const stopping = new Y.Doc();
    let asked = 0;
    await applyInPieces(stopping, updates, 'stored', () => ++asked > 0, 0);
    expect(asked).toBe(1);
    const firstPieceOnly = new Y.Doc();
    Y.applyUpdate(firstPieceOnly, [...updatePieces(updates[0]!)][0]!);
    expect(Y.encodeStateVector(stopping)).toEqual(Y.encodeStateVector(firstPieceOnly));
    expect(Y.encodeStateVector(stopping)).not.toEqual(Y.encodeStateVector(source));
  });
});
