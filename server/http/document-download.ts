import * as encoding from 'lib0/encoding';
import type { Logger } from '../log.ts';
import type { DocumentLog } from '../store/document-log.ts';
import { unpack } from '../store/packing.ts';
import { HttpError } from './json.ts';

/** Downloads one member may have under way at once: each reads a whole document (18 MB at 5,000 cards). */
const IN_FLIGHT_PER_MEMBER = 2;

/**
 * A product's document as stored, for a browser that has none of it yet (a join, a reopen): the
 * snapshot and the rows since, as they are in the database, each a Yjs update. The WebSocket's
 * first sync would send the same, but encoded from the node's open document, whole: at 18 MB
 * that is seconds of the node's time (loading it first, if no member was on it), and no hook of
 * Hocuspocus reaches it. A browser that applied these asks the WebSocket only for what is newer.
 *
 * The body, in pieces: the number of updates, then each as its length and its bytes (lib0's
 * var-uint encoding, as the Yjs protocols frame theirs). A browser that asks for them `packed`
 * gets each update as stored, gzip-compressed or not, after a flag that says which (1 or 0); the
 * app before it did not ask, and gets them unpacked.
 */
export function documentDownloads(documents: DocumentLog, log: Logger): (memberId: string, productId: string, packed: boolean) => Promise<Uint8Array[]> {
  const inFlight = new Map<string, number>();
  return async (memberId, productId, packed) => {
    const count = inFlight.get(memberId) ?? 0;
    if (count >= IN_FLIGHT_PER_MEMBER) {
      log('warn', 'download-refused', { product: productId, member: memberId, reason: 'too-many-downloads' });
      throw new HttpError(429, 'too-many-downloads', 'Wait for the downloads of this document under way');
    }
    inFlight.set(memberId, count + 1);
    try {
      const stored = await documents.readPacked(productId);
      // The body in pieces, the updates as they are: copying 18 MB into one buffer took a node 0.3 s.
      if (packed) return [varUint(stored.length), ...stored.flatMap(({ data, gzip }) => [varUint(Number(gzip)), varUint(data.byteLength), data])];
      const updates = await Promise.all(stored.map(unpack));
      return [varUint(updates.length), ...updates.flatMap((update) => [varUint(update.byteLength), update])];
    } finally {
      const left = (inFlight.get(memberId) ?? 1) - 1;
      if (left > 0) inFlight.set(memberId, left);
      else inFlight.delete(memberId);
    }
  };
}

function varUint(value: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}
