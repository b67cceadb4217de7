import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyUpdate, type Doc } from 'yjs';
import { pacer, SLICE_MS } from './yield-to-page';

/** About this many bytes of structs per piece: applied in 2–5 ms on the benchmark's machine. */
const PIECE_BYTES = 64 * 1024;

/**
 * A Yjs update (format 1, as Hocuspocus stores and sends them) cut into smaller updates which,
 * applied in order, leave a doc as the whole one does: each holds consecutive structs of one
 * client, about `maxBytes` of them, copied as they are encoded (Yjs writes a struct the same
 * whatever comes before it), and the last holds the delete set. Nothing is decoded into objects:
 * the structs are only read far enough to find where each ends and how many clock ticks it takes.
 * Throws on an update it cannot read; the pieces it gave until then are still part of the whole.
 */
export function* updatePieces(update: Uint8Array, maxBytes = PIECE_BYTES): Generator<Uint8Array> {
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    let from = decoder.pos;
    let fromClock = clock;
    let structs = 0;
    for (let i = 0; i < count; i++) {
      clock += skipStruct(decoder);
      structs++;
      if (decoder.pos > update.length) throw new Error('update-pieces: the update ends inside a struct');
      if (decoder.pos - from >= maxBytes || i === count - 1) {
        yield structsPiece(client, fromClock, structs, update.subarray(from, decoder.pos));
        from = decoder.pos;
        fromClock = clock;
        structs = 0;
      }
    }
  }
  const deleteSet = update.subarray(decoder.pos);
  // A delete set of no client is the one byte 0.
  if (deleteSet.length > 1 || deleteSet[0] !== 0) yield deletesPiece(deleteSet);
}

/**
 * Applies the server's updates to `doc` a piece at a time (see updatePieces), letting the page
 * run every `sliceMs`, until `stopped()` says to give up. An update it cannot cut is applied whole.
 */
export async function applyInPieces(doc: Doc, updates: readonly Uint8Array[], origin: unknown, stopped: () => boolean, sliceMs = SLICE_MS): Promise<void> {
  const paced = pacer(sliceMs);
  for (const update of updates) {
    try {
      for (const piece of updatePieces(update)) {
        applyUpdate(doc, piece, origin);
        if ((await paced()) && stopped()) return;
      }
    } catch {
      // Yjs ignores what the doc holds already: the pieces applied before are not applied twice.
      applyUpdate(doc, update, origin);
    }
  }
}

/** An update of `structs` consecutive structs of `client`, from `clock`, and no deletes. */
function structsPiece(client: number, clock: number, structs: number, bytes: Uint8Array): Uint8Array {
  const head = encoding.createEncoder();
  encoding.writeVarUint(head, 1);
  encoding.writeVarUint(head, structs);
  encoding.writeVarUint(head, client);
  encoding.writeVarUint(head, clock);
  encoding.writeUint8Array(head, bytes);
  encoding.writeVarUint(head, 0);
  return encoding.toUint8Array(head);
}

/** Reads past one struct (see Yjs's readClientsStructRefs); answers its length in clock ticks. */
function skipStruct(decoder: decoding.Decoder): number {
  const info = decoding.readUint8(decoder);
  const ref = info & 0b11111;
  // A GC struct (0) or a Skip (10): only a length.
  if (ref === 0 || ref === 10) return decoding.readVarUint(decoder);
  const origin = info & 0b1000_0000;
  const rightOrigin = info & 0b0100_0000;
  if (origin) skipId(decoder);
  if (rightOrigin) skipId(decoder);
  if (!origin && !rightOrigin) {
    // The parent: a root type's name, or the id of the item that holds it; then the map key, if any.
    if (decoding.readVarUint(decoder) === 1) skipString(decoder);
    else skipId(decoder);
    if (info & 0b0010_0000) skipString(decoder);
  }
  return skipContent(decoder, ref);
}

/** Reads past an item's content (Yjs's contentRefs); answers its length in clock ticks. */
function skipContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return decoding.readVarUint(decoder);
    case 2: {
      // JSON: that many strings
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipString(decoder);
      return length;
    }
    case 3: // binary
    case 5: // embed (JSON)
      skipString(decoder);
      return 1;
    case 4: // a string: its length in UTF-16 code units, as Yjs counts it
      return decoding.readVarString(decoder).length;
    case 6: // format: a key and JSON
      skipString(decoder);
      skipString(decoder);
      return 1;
    case 7: {
      // a type; an XML element and an XML hook have a name
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) skipString(decoder);
      return 1;
    }
    case 8: {
      // values
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipAny(decoder);
      return length;
    }
    case 9: // a subdocument: its guid and options
      skipString(decoder);
      skipAny(decoder);
      return 1;
    default:
      throw new Error(`update-pieces: unknown content ${ref}`);
  }
}

/** Reads past a value as lib0's writeAny encodes it. */
function skipAny(decoder: decoding.Decoder): void {
  const type = decoding.readUint8(decoder);
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // integer
      skipVarNumber(decoder);
      return;
    case 124: // float32
      decoder.pos += 4;
      return;
    case 123: // float64
    case 122: // bigint64
      decoder.pos += 8;
      return;
    case 119: // string
    case 116: // bytes
      skipString(decoder);
      return;
    case 118: {
      // object
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        skipString(decoder);
        skipAny(decoder);
      }
      return;
    }
    case 117: {
      // array
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipAny(decoder);
      return;
    }
    default:
      throw new Error(`update-pieces: unknown value type ${type}`);
  }
}

/** A string or bytes: a length, then that many bytes. */
function skipString(decoder: decoding.Decoder): void {
  // Read first: `pos += read()` would add to the position from before the length.
  const length = decoding.readVarUint(decoder);
  decoder.pos += length;
}

/** An id: a client and a clock. */
function skipId(decoder: decoding.Decoder): void {
  skipVarNumber(decoder);
  skipVarNumber(decoder);
}

/** A var-int or var-uint: bytes until one without its top bit (past the end, lib0 reads undefined). */
function skipVarNumber(decoder: decoding.Decoder): void {
  while (decoding.readUint8(decoder) & 0b1000_0000);
}

/** An update of no struct and this delete set. */
function deletesPiece(deleteSet: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8Array(encoder, deleteSet);
  return encoding.toUint8Array(encoder);
}
