import { endSharing, refuseShare } from '../../db/shares';
import { TeamApiError } from '../../sync/team-api';
import type { MessageKey } from '../../i18n/messages';

/** The server's codes (docs/server.md) and the client's own ('unreachable', 'no-server'), each with what the user reads. */
const MESSAGES: Record<string, MessageKey> = {
  unreachable: 'sharing.errors.unreachable',
  'no-server': 'sharing.errors.noServer',
  'already-shared': 'sharing.errors.alreadyShared',
  'invalid-request': 'sharing.errors.invalidRequest',
  'invalid-json': 'sharing.errors.invalidRequest',
  'invalid-invite': 'sharing.errors.invalidInvite',
  'invite-expired': 'sharing.errors.inviteExpired',
  'invite-revoked': 'sharing.errors.inviteRevoked',
  'last-owner': 'sharing.errors.lastOwner',
  'owner-only': 'sharing.errors.ownerOnly',
  'not-found': 'sharing.errors.notFound',
};

/** Answers after which this member's token no longer works: the copy here stays, and stops syncing. */
const REFUSALS = new Set(['unknown-token', 'expired-token', 'revoked', 'wrong-product']);

/** What a refusal of the team server means for the user, in a message key. */
export function teamErrorMessage(error: TeamApiError): MessageKey {
  if (REFUSALS.has(error.code)) return 'sharing.errors.refused';
  return MESSAGES[error.code] ?? 'sharing.errors.other';
}

/**
 * Records what the server's answer says of this browser's membership: a refused token leaves a
 * readable copy that no longer syncs, stopped sharing leaves a local product (as the connection
 * does when the server closes it for the same reason).
 */
export async function settleMembership(productId: string, error: TeamApiError): Promise<void> {
  if (REFUSALS.has(error.code)) await refuseShare(productId, error.code);
  else if (error.code === 'sharing-stopped') await endSharing(productId);
}

/** Why the server turned this member away, for the page that explains it. */
export function refusalMessage(refusal: string | null): MessageKey {
  const keys: Record<string, MessageKey> = {
    revoked: 'sharing.revoked.why.revoked',
    'expired-token': 'sharing.revoked.why.expiredToken',
    'unknown-token': 'sharing.revoked.why.unknownToken',
    'wrong-product': 'sharing.revoked.why.wrongProduct',
  };
  return (refusal && keys[refusal]) || 'sharing.revoked.why.other';
}
