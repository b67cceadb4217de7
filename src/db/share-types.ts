import type { DataTable } from '../domain/tables';

export type Role = 'owner' | 'editor' | 'viewer';

/**
 * 'active': syncs. 'revoked': an owner revoked this member, or the token expired; the copy here
 * stays readable and exportable but no longer syncs nor changes.
 */
export type ShareState = 'active' | 'revoked';

/** This browser's membership of a shared product. */
export interface Share {
  productId: string;
  /** The member token: `<id>.<secret>`, kept like a password. */
  token: string;
  memberId: string;
  displayName: string;
  role: Role;
  state: ShareState;
  /** Why the server refused this member (a close reason such as 'revoked'), when state is 'revoked'. */
  refusal: string | null;
  joinedAt: number;
}

/**
 * A local change to a shared product that the server has not acknowledged yet: which fields of
 * which record changed. `fields` null means the whole record as stored now (a creation, a restore
 * of a deleted record), or its removal when it is no longer stored.
 */
export interface OutboxEntry {
  id?: number;
  productId: string;
  table: DataTable;
  key: string;
  fields: string[] | null;
  at: number;
}
