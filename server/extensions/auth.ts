import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { authenticate, isRefusal, type AccessRules } from '../access.ts';
import { Refusal, TooManyRefusals } from '../close-events.ts';
import type { SyncContext } from '../context.ts';
import type { Logger } from '../log.ts';

/** Refused authentications one WebSocket may collect before the server closes it. */
const REFUSALS_PER_SOCKET = 3;

/**
 * Who may open a product's document: a member token of that product, not revoked, not expired.
 * Anything else is refused before the document is loaded, so before any of it is sent. Viewers get
 * a read-only connection: Hocuspocus then applies none of their changes.
 */
export class AuthExtension implements Extension {
  readonly extensionName = 'auth';
  readonly priority = 200;
  private readonly rules: AccessRules;
  private readonly log: Logger;
  private readonly refusals = new Map<string, number>();

  constructor(rules: AccessRules, log: Logger) {
    this.rules = rules;
    this.log = log;
  }

  async onAuthenticate({ token, documentName, connectionConfig, context }: onAuthenticatePayload<SyncContext>): Promise<Partial<SyncContext>> {
    const result = await authenticate(this.rules, token, documentName);
    if (isRefusal(result)) {
      this.log('warn', 'authentication-refused', { reason: result.reason, product: documentName, peer: context.peer.address });
      this.countRefusal(context);
      throw new Refusal(result);
    }
    if (result.role === 'viewer') connectionConfig.readOnly = true;
    return { memberId: result.id, productId: result.productId, role: result.role };
  }

  private countRefusal({ peer }: SyncContext): void {
    const count = (this.refusals.get(peer.id) ?? 0) + 1;
    if (count === 1) peer.onClose(() => this.refusals.delete(peer.id));
    this.refusals.set(peer.id, count);
    if (count >= REFUSALS_PER_SOCKET) {
      // After the refusal itself reaches the client.
      setImmediate(() => peer.close(TooManyRefusals.code, TooManyRefusals.reason));
    }
  }
}
