import type { afterLoadDocumentPayload, afterUnloadDocumentPayload, beforeHandleMessagePayload, Extension, onChangePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DocumentTooLarge, Refusal } from '../close-events.ts';
import type { SyncContext } from '../context.ts';
import type { Logger } from '../log.ts';
import { carriesUpdate, readMessage } from '../protocol.ts';
import { loadedBytes } from './quiet-load.ts';

/**
 * A product's document may not grow past `maxBytes` (encoded). Each document's size is estimated
 * from its size when loaded plus every change since (an overestimate: Yjs merges as it goes); only
 * when an update would cross the limit on that estimate is the exact size computed. An update past
 * the limit is not applied and its connection closes with the reason `document-too-large`.
 */
export class DocumentLimitExtension implements Extension {
  readonly extensionName = 'document-limit';
  readonly priority = 170;
  private readonly maxBytes: number;
  private readonly log: Logger;
  private readonly estimates = new Map<string, number>();

  constructor(maxBytes: number, log: Logger) {
    this.maxBytes = maxBytes;
    this.log = log;
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    // The stored state it was loaded from is its encoded size: encoding 18 MB again would hold up the first answer.
    this.estimates.set(documentName, loadedBytes.get(document) ?? Y.encodeStateAsUpdate(document).byteLength);
  }

  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    const estimate = this.estimates.get(documentName);
    if (estimate !== undefined) this.estimates.set(documentName, estimate + update.byteLength);
  }

  async beforeHandleMessage({ update, document, documentName, context }: beforeHandleMessagePayload<SyncContext>): Promise<void> {
    const message = readMessage(update);
    if (!carriesUpdate(message)) return;
    const estimate = this.estimates.get(documentName) ?? Infinity;
    if (estimate + message.payload.byteLength <= this.maxBytes) return;
    const current = Y.encodeStateAsUpdate(document);
    const after = Y.mergeUpdates([current, message.payload]).byteLength;
    this.estimates.set(documentName, current.byteLength);
    if (after <= this.maxBytes) return;
    this.log('warn', 'update-refused', { reason: DocumentTooLarge.reason, product: documentName, member: context.memberId, bytes: after, limit: this.maxBytes });
    throw new Refusal(DocumentTooLarge);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.estimates.delete(documentName);
  }
}
