import * as decoding from 'lib0/decoding';

/** Message types of the Hocuspocus protocol (@hocuspocus/server's MessageType), as clients send them. */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
} as const;

/** y-protocols' sync steps. */
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;

export interface IncomingMessage {
  readonly documentName: string;
  readonly type: number;
  /** For sync messages: which step. */
  readonly syncType: number | null;
  /** A sync message's state vector or update, an awareness message's update. */
  readonly payload: Uint8Array | null;
}

/** Reads a message's envelope; throws when it is not one (lib0 checks every length against the message). */
export function readMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder).split('\0')[0]!;
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Sync || type === MessageType.SyncReply) {
    const syncType = decoding.readVarUint(decoder);
    return { documentName, type, syncType, payload: decoding.readVarUint8Array(decoder) };
  }
  if (type === MessageType.Awareness) return { documentName, type, syncType: null, payload: decoding.readVarUint8Array(decoder) };
  return { documentName, type, syncType: null, payload: null };
}

/** Whether a message would change the document: a sync step 2 or an update. */
export function carriesUpdate(message: IncomingMessage): message is IncomingMessage & { payload: Uint8Array } {
  return (message.type === MessageType.Sync || message.type === MessageType.SyncReply) && (message.syncType === SyncType.Step2 || message.syncType === SyncType.Update);
}
