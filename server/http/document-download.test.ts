import { gunzipSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { silentLogger } from '../log.ts';
import type { DocumentLog, StoredDocument } from '../store/document-log.ts';
import { pack, type Packed } from '../store/packing.ts';
import { documentDownloads } from './document-download.ts';
import { HttpError } from './json.ts';

/** The updates of a download's body, as a browser reads them. */
function updatesOf(pieces: Uint8Array[]): Uint8Array[] {
  const decoder = decoding.createDecoder(new Uint8Array(Buffer.concat(pieces)));
  return Array.from({ length: decoding.readVarUint(decoder) }, () => decoding.readVarUint8Array(decoder));
}

/** The updates of a packed download's body: each with whether it is gzip-compressed. */
function packedOf(pieces: Uint8Array[]): Packed[] {
  const decoder = decoding.createDecoder(new Uint8Array(Buffer.concat(pieces)));
  return Array.from({ length: decoding.readVarUint(decoder) }, () => ({ gzip: decoding.readVarUint(decoder) === 1, data: decoding.readVarUint8Array(decoder) }));
}

/** A log whose reads answer only when told to, with `stored` packed as the database would hold it: downloads stay under way meanwhile. */
function heldLog(stored: StoredDocument) {
  const held: Array<() => void> = [];
  const packed = async () => Promise.all((stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates).map(pack));
  const log = {
    readPacked: () => new Promise<Packed[]>((resolve) => held.push(() => resolve(packed()))),
  } as unknown as DocumentLog;
  return { log, releaseAll: () => held.splice(0).forEach((release) => release()) };
}

const mark = { lastId: 2, version: 1 };

describe('downloading a stored document', () => {
  it('sends the snapshot, then the rows since, as they are stored: applied, they make the document', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('initiatives').set('a', 'Onboarding');
    doc.getMap('initiatives').set('b', 'Billing');
    doc.getMap('initiatives').delete('a');
    const [snapshot, ...rows] = updates;
    const { log, releaseAll } = heldLog({ snapshot: snapshot!, updates: rows, mark });
    const download = documentDownloads(log, silentLogger)('member-1', 'product-1', false);
    releaseAll();
    const body = await download;

    expect(updatesOf(body)).toEqual(updates);
    const copy = new Y.Doc();
    for (const update of updatesOf(body)) Y.applyUpdate(copy, update);
    expect(copy.getMap('initiatives').toJSON()).toEqual({ b: 'Billing' });
  });

  it('sends the updates as stored, a large one gzip-compressed, to a browser that asks for them packed, and unpacked to one that does not', async () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getMap('initiatives').set('a', 'Onboarding');
    doc.getMap('initiatives').set('b', 'Research notes. '.repeat(4_000));
    const { log, releaseAll } = heldLog({ snapshot: null, updates, mark });
    const downloads = documentDownloads(log, silentLogger);
    const [packed, unpacked] = [downloads('member-1', 'product-1', true), downloads('member-1', 'product-1', false)];
    releaseAll();

    const pieces = packedOf(await packed);
    expect(pieces.map((piece) => piece.gzip)).toEqual([false, true]);
    expect(pieces[1]!.data.byteLength).toBeLessThan(updates[1]!.byteLength / 10);
    expect(gunzipSync(pieces[1]!.data)).toEqual(Buffer.from(updates[1]!));
    expect(updatesOf(await unpacked)).toEqual(updates);
  });

  it('sends an empty list for a product nothing was stored of yet', async () => {
    const { log, releaseAll } = heldLog({ snapshot: null, updates: [], mark: { lastId: 0, version: 0 } });
    const download = documentDownloads(log, silentLogger)('member-1', 'product-1', false);
    releaseAll();
    expect(updatesOf(await download)).toEqual([]);
  });

  it('refuses a third download of one member while two are under way, and takes one again once one ends', async () => {
    const { log, releaseAll } = heldLog({ snapshot: new Uint8Array([0, 0]), updates: [], mark });
    const logged: string[] = [];
    const download = documentDownloads(log, (_level, event, fields) => logged.push(`${event} ${String(fields?.reason)}`));
    const first = [download('member-1', 'product-1', false), download('member-1', 'product-1', false)];
    const refused = await download('member-1', 'product-1', false).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 429, error: 'too-many-downloads' });
    expect(logged).toEqual(['download-refused too-many-downloads']);
    // Another member is not held back by this one.
    const other = download('member-2', 'product-1', false);
    releaseAll();
    await Promise.all([...first, other]);
    const again = download('member-1', 'product-1', false);
    releaseAll();
    expect(updatesOf(await again)).toHaveLength(1);
  });
});
