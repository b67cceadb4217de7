import { ExpiredToken, Revoked, SharingStopped, UnknownToken, WrongProduct, type CloseEvent } from './close-events.ts';
import { parseCredential, secretMatches } from './store/credentials.ts';
import type { Member } from './store/records.ts';
import type { TeamStore } from './store/team-store.ts';

const DAY = 86_400_000;
/** Writing the last use at most hourly keeps reconnections from writing to the database each time. */
const TOUCH_EVERY = 3_600_000;

export interface AccessRules {
  readonly store: TeamStore;
  /** A token unused for this many days stops working. */
  readonly tokenIdleDays: number;
  readonly now: () => number;
}

/**
 * Who holds this member token for this product, or why it is refused: unknown (or not matching its
 * secret), revoked, unused for too long, for another product, or its product no longer shared.
 */
export async function authenticate(rules: AccessRules, token: unknown, productId: string): Promise<Member | CloseEvent> {
  const now = rules.now();
  const credential = parseCredential(token);
  if (!credential) return UnknownToken;
  const member = await rules.store.findMember(credential.id);
  if (!member) return (await rules.store.productState(productId)) === 'stopped' ? SharingStopped : UnknownToken;
  if (!secretMatches(credential.secret, member.tokenHash)) return UnknownToken;
  if (member.productId !== productId) return WrongProduct;
  if (member.revokedAt !== null) return Revoked;
  if (now - member.lastUsedAt > rules.tokenIdleDays * DAY) return ExpiredToken;
  if (now - member.lastUsedAt > TOUCH_EVERY) await rules.store.touchMember(member.id, now);
  return member;
}

export function isRefusal(result: Member | CloseEvent): result is CloseEvent {
  return 'code' in result;
}
