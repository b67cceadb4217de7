import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { MalformedMessage, Refusal } from '../close-events.ts';
import type { SyncContext } from '../context.ts';
import type { Logger } from '../log.ts';
import { MessageType, readMessage, SyncType, type IncomingMessage } from '../protocol.ts';

const ACCEPTED_TYPES = new Set<number>([
  MessageType.Sync,
  MessageType.Awareness,
  MessageType.Auth,
  MessageType.QueryAwareness,
  MessageType.SyncReply,
  MessageType.Stateless,
  MessageType.Close,
]);

/** Presence (a name, a colour, a cursor) is small: more is someone filling every member's memory. */
const MAX_AWARENESS_BYTES = 64 * 1024;

/**
 * Every message a client sends must decode as what it says it is before Hocuspocus applies it: a
 * Yjs update is decoded whole first, so a damaged one is refused instead of half-applied. A refused
 * message closes that document connection with the reason `malformed-message`; nothing of it
 * reaches the document.
 */
export class MessageGuardExtension implements Extension {
  readonly extensionName = 'message-guard';
  readonly priority = 180;
  private readonly log: Logger;
  private readonly viewerWritesLogged = new WeakSet<object>();

  constructor(log: Logger) {
    this.log = log;
  }

  async beforeHandleMessage({ update, documentName, connection, context }: beforeHandleMessagePayload<SyncContext>): Promise<void> {
    const problem = problemWith(update);
    if (problem) {
      this.log('warn', 'message-refused', { reason: problem, product: documentName, member: context.memberId, peer: context.peer.address, bytes: update.byteLength });
      throw new Refusal(MalformedMessage);
    }
    if (connection.readOnly && readMessage(update).syncType === SyncType.Update && !this.viewerWritesLogged.has(connection)) {
      this.viewerWritesLogged.add(connection);
      this.log('warn', 'viewer-write-refused', { product: documentName, member: context.memberId, peer: context.peer.address });
    }
  }
}

/** What is wrong with a message from a client, or null when it decodes whole as what it says it is. */
export function problemWith(data: Uint8Array): string | null {
  let message: IncomingMessage;
  try {
    message = readMessage(data);
  } catch {
    return 'undecodable envelope';
  }
  if (!ACCEPTED_TYPES.has(message.type)) return `message type ${message.type}`;
  if (message.type === MessageType.Awareness && message.payload!.byteLength > MAX_AWARENESS_BYTES) return 'awareness too large';
  if (message.type !== MessageType.Sync && message.type !== MessageType.SyncReply) return null;
  try {
    if (message.syncType === SyncType.Step1) Y.decodeStateVector(message.payload!);
    else if (message.syncType === SyncType.Step2 || message.syncType === SyncType.Update) Y.decodeUpdate(message.payload!);
    else return `sync step ${message.syncType}`;
  } catch {
    return 'undecodable update';
  }
  return null;
}
