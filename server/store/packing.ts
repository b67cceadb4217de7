import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** A stored update as the database holds it: its bytes, gzip-compressed or as they are. */
export interface Packed {
  data: Uint8Array;
  gzip: boolean;
}

/**
 * Below this size an update is stored as it is: an edit's few hundred bytes would gain nothing.
 * Above it, gzip shrinks a document about eightfold (18.7 MB at 5,000 cards to 2.2 MB), and an
 * 18 MB value was most of the time a join waited for: PostgreSQL and node-postgres took 0.3 to
 * 1.1 s to read it, against a few tens of milliseconds for its gzip.
 */
const PACK_FROM = 16 * 1024;

/** The update as it is stored; gzip runs on libuv's threads, not the node's event loop. */
export async function pack(update: Uint8Array): Promise<Packed> {
  if (update.byteLength < PACK_FROM) return { data: update, gzip: false };
  const packed = await gzipped(update);
  // Bytes that do not compress stay as they are (a Yjs update always compresses; random bytes do not).
  return packed.byteLength < update.byteLength ? { data: new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), gzip: true } : { data: update, gzip: false };
}

export async function unpack({ data, gzip }: Packed): Promise<Uint8Array> {
  if (!gzip) return data;
  const update = await gunzipped(data);
  return new Uint8Array(update.buffer, update.byteOffset, update.byteLength);
}
