import type { Peer } from './status';

/**
 * The teammates on a product, one per member, from the provider's awareness states: this browser's
 * own state and this member's other browsers left out, and what a state lacks filled in (another
 * client's state is whatever it sent).
 */
export function awarenessPeers(states: readonly Record<string, unknown>[], ownClientId: number, ownMemberId: string): Peer[] {
  const byMember = new Map<string, Peer>();
  for (const state of states) {
    const peer = state as Partial<Peer> & { clientId?: number };
    if (peer.clientId === ownClientId || typeof peer.memberId !== 'string' || peer.memberId === ownMemberId) continue;
    byMember.set(peer.memberId, { memberId: peer.memberId, name: String(peer.name ?? ''), color: String(peer.color ?? ''), viewing: peer.viewing ?? null, dragging: peer.dragging ?? null });
  }
  return [...byMember.values()];
}
