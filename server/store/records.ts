/** What the team store holds and hands out, and how its rows read on SQLite and PostgreSQL alike. */

export type Role = 'owner' | 'editor' | 'viewer';
export type InviteRole = Exclude<Role, 'owner'>;
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer'];
export const INVITE_ROLES: readonly InviteRole[] = ['editor', 'viewer'];

export interface Member {
  readonly id: string;
  readonly productId: string;
  readonly role: Role;
  readonly displayName: string;
  readonly joinedAt: number;
  readonly lastUsedAt: number;
  readonly revokedAt: number | null;
}

export interface MemberRecord extends Member {
  readonly tokenHash: string;
}

export interface Invite {
  readonly id: string;
  readonly productId: string;
  readonly role: InviteRole;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly revokedAt: number | null;
}

/** A new member and the token that only they receive. */
export interface Membership {
  readonly member: Member;
  readonly token: string;
}

export interface MemberRow {
  id: string;
  product_id: string;
  role: Role;
  display_name: string;
  token_hash: string;
  created_at: number | string;
  last_used_at: number | string;
  revoked_at: number | string | null;
}

export interface InviteRow {
  id: string;
  product_id: string;
  role: InviteRole;
  secret_hash: string;
  created_by: string;
  created_at: number | string;
  expires_at: number | string;
  revoked_at: number | string | null;
}

export const MEMBER_COLUMNS = 'id, product_id, role, display_name, token_hash, created_at, last_used_at, revoked_at';
export const INVITE_COLUMNS = 'id, product_id, role, secret_hash, created_by, created_at, expires_at, revoked_at';
/** PostgreSQL hands BIGINT columns over as strings. */
const time = (value: number | string) => Number(value);
const optionalTime = (value: number | string | null) => (value === null ? null : Number(value));

export function memberOf(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    productId: row.product_id,
    role: row.role,
    displayName: row.display_name,
    tokenHash: row.token_hash,
    joinedAt: time(row.created_at),
    lastUsedAt: time(row.last_used_at),
    revokedAt: optionalTime(row.revoked_at),
  };
}

export function publicMember({ tokenHash: _tokenHash, ...member }: MemberRecord): Member {
  return member;
}

export function inviteOf(row: InviteRow): Invite {
  return {
    id: row.id,
    productId: row.product_id,
    role: row.role,
    createdBy: row.created_by,
    createdAt: time(row.created_at),
    expiresAt: time(row.expires_at),
    revokedAt: optionalTime(row.revoked_at),
  };
}
