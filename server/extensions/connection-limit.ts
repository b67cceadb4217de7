import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { Refusal, TooManyConnections } from '../close-events.ts';
import type { SyncContext } from '../context.ts';
import type { Logger } from '../log.ts';
import { parseCredential } from '../store/credentials.ts';

/**
 * How many WebSockets one member token may hold open on this node. Runs after AuthExtension, which
 * refuses any token that is not a member's, so the token's id is a member's here.
 */
export class ConnectionLimitExtension implements Extension {
  readonly extensionName = 'connection-limit';
  readonly priority = 190;
  private readonly max: number;
  private readonly log: Logger;
  private readonly peersByMember = new Map<string, Set<string>>();

  constructor(maxPerMember: number, log: Logger) {
    this.max = maxPerMember;
    this.log = log;
  }

  async onAuthenticate({ token, documentName, context }: onAuthenticatePayload<SyncContext>): Promise<void> {
    const memberId = parseCredential(token)?.id;
    if (!memberId) return;
    const { peer } = context;
    const peers = this.peersByMember.get(memberId) ?? new Set<string>();
    if (peers.has(peer.id)) return;
    if (peers.size >= this.max) {
      this.log('warn', 'connection-refused', { reason: TooManyConnections.reason, product: documentName, member: memberId, peer: peer.address });
      throw new Refusal(TooManyConnections);
    }
    peers.add(peer.id);
    this.peersByMember.set(memberId, peers);
    peer.onClose(() => {
      peers.delete(peer.id);
      if (peers.size === 0 && this.peersByMember.get(memberId) === peers) this.peersByMember.delete(memberId);
    });
  }
}
