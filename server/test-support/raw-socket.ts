import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { MessageType, SyncType } from '../protocol.ts';

/** A client that speaks the protocol by hand, to send what no well-behaved provider would. */
export interface RawSocket {
  readonly received: ServerMessage[];
  readonly closed: Promise<{ code: number; reason: string }>;
  send(data: Uint8Array | string): void;
  /** Resolves with the first message (received or to come) that `matches`. */
  next(matches: (message: ServerMessage) => boolean): Promise<ServerMessage>;
  close(): void;
}

export interface ServerMessage {
  documentName: string;
  type: number;
  /** Auth messages: 1 refused, 2 authenticated. */
  authType?: number;
  /** An auth message's reason or scope; a close message's reason. */
  text?: string;
}

export async function openRaw(baseUrl: string, path = '/sync'): Promise<RawSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${path}`);
  const received: ServerMessage[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data: Buffer) => {
    received.push(readServerMessage(new Uint8Array(data)));
    waiters.forEach((waiter) => waiter());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => undefined);
  return {
    received,
    closed,
    send: (data) => ws.send(data),
    next: (matches) =>
      new Promise((resolve) => {
        const check = () => {
          const found = received.find(matches);
          if (found) resolve(found);
          return Boolean(found);
        };
        if (!check()) waiters.push(check);
      }),
    close: () => ws.close(),
  };
}

function readServerMessage(data: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Close) return { documentName, type, text: decoding.readVarString(decoder) };
  if (type !== MessageType.Auth) return { documentName, type };
  const authType = decoding.readVarUint(decoder);
  return { documentName, type, authType, text: decoding.hasContent(decoder) ? decoding.readVarString(decoder) : '' };
}

const message = (documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
};

export const rawMessage = {
  auth: (documentName: string, token: string) =>
    message(documentName, (encoder) => {
      encoding.writeVarUint(encoder, MessageType.Auth);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, token);
    }),
  syncStep1: (documentName: string, doc = new Y.Doc()) =>
    message(documentName, (encoder) => {
      encoding.writeVarUint(encoder, MessageType.Sync);
      encoding.writeVarUint(encoder, SyncType.Step1);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
    }),
  update: (documentName: string, update: Uint8Array) =>
    message(documentName, (encoder) => {
      encoding.writeVarUint(encoder, MessageType.Sync);
      encoding.writeVarUint(encoder, SyncType.Update);
      encoding.writeVarUint8Array(encoder, update);
    }),
};

/** An update that sets `table.id.field = value` on an empty document. */
export function recordUpdate(table: string, id: string, field: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  const record = new Y.Map<unknown>();
  doc.getMap(table).set(id, record);
  record.set(field, value);
  return Y.encodeStateAsUpdate(doc);
}
