import { issueCredential, newId, parseCredential, secretMatches } from './credentials.ts';
import { createSchema } from './schema.ts';
import {
  INVITE_COLUMNS,
  inviteOf,
  MEMBER_COLUMNS,
  memberOf,
  publicMember,
  type Invite,
  type InviteRole,
  type InviteRow,
  type Member,
  type MemberRecord,
  type MemberRow,
  type Membership,
  type Role,
} from './records.ts';
import { statement, type Sql } from './sql.ts';

export type ProductState = 'shared' | 'stopped' | 'unknown';
export type JoinRefusal = 'invalid-invite' | 'invite-expired' | 'invite-revoked';

/** Members, roles and invites of the shared products, in the server's database (SQLite or PostgreSQL). */
export class TeamStore {
  readonly sql: Sql;

  private constructor(sql: Sql) {
    this.sql = sql;
  }

  static async open(sql: Sql): Promise<TeamStore> {
    await createSchema(sql);
    return new TeamStore(sql);
  }

  async productState(productId: string): Promise<ProductState> {
    const [row] = await this.sql.query<{ stopped_at: number | string | null }>('SELECT stopped_at FROM products WHERE id = $1', [productId]);
    if (!row) return 'unknown';
    return row.stopped_at === null ? 'shared' : 'stopped';
  }

  /**
   * Shares a product: the caller becomes its owner. A product shared before and stopped can be
   * shared again; one being shared refuses, even when two ask at the same moment.
   */
  async share(productId: string, displayName: string, now: number): Promise<Membership | 'already-shared'> {
    const memberId = newId();
    const { credential, secretHash } = issueCredential(memberId);
    await this.sql.batch([
      statement(
        `INSERT INTO products (id, shared_by, created_at, stopped_at) VALUES ($1, $2, $3, NULL)
         ON CONFLICT (id) DO UPDATE SET shared_by = excluded.shared_by, created_at = excluded.created_at, stopped_at = NULL
         WHERE products.stopped_at IS NOT NULL`,
        productId,
        memberId,
        now,
      ),
      statement(
        `INSERT INTO members (${MEMBER_COLUMNS}) SELECT $1, $2, 'owner', $3, $4, $5, $5, NULL
         WHERE EXISTS (SELECT 1 FROM products WHERE id = $2 AND shared_by = $1)`,
        memberId,
        productId,
        displayName,
        secretHash,
        now,
      ),
    ]);
    const member = await this.findMember(memberId);
    return member ? { member: publicMember(member), token: credential } : 'already-shared';
  }

  async findMember(memberId: string): Promise<MemberRecord | null> {
    const [row] = await this.sql.query<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE id = $1`, [memberId]);
    return row ? memberOf(row) : null;
  }

  async touchMember(memberId: string, now: number): Promise<void> {
    await this.sql.execute('UPDATE members SET last_used_at = $2 WHERE id = $1', [memberId, now]);
  }

  /** The members who still have access, in the order they joined. */
  async listMembers(productId: string): Promise<Member[]> {
    const rows = await this.sql.query<MemberRow>(
      `SELECT ${MEMBER_COLUMNS} FROM members WHERE product_id = $1 AND revoked_at IS NULL ORDER BY created_at, id`,
      [productId],
    );
    return rows.map((row) => publicMember(memberOf(row)));
  }

  /** Role and revocation of each of these members still on record (a missing one went with its product). */
  async accessOf(memberIds: readonly string[]): Promise<Map<string, { role: Role; revoked: boolean }>> {
    const access = new Map<string, { role: Role; revoked: boolean }>();
    for (let start = 0; start < memberIds.length; start += 500) {
      const chunk = memberIds.slice(start, start + 500);
      const placeholders = chunk.map((_, index) => `$${index + 1}`).join(', ');
      const rows = await this.sql.query<Pick<MemberRow, 'id' | 'role' | 'revoked_at'>>(
        `SELECT id, role, revoked_at FROM members WHERE id IN (${placeholders})`,
        chunk,
      );
      rows.forEach((row) => access.set(row.id, { role: row.role, revoked: row.revoked_at !== null }));
    }
    return access;
  }

  /** Gives an active member another role; a product always keeps one owner. */
  async setRole(productId: string, memberId: string, role: Role): Promise<Member | 'not-found' | 'last-owner'> {
    const target = await this.activeMember(productId, memberId);
    if (!target) return 'not-found';
    if (target.role === 'owner' && role !== 'owner' && (await this.ownerCount(productId)) <= 1) return 'last-owner';
    await this.sql.execute('UPDATE members SET role = $3 WHERE id = $1 AND product_id = $2 AND revoked_at IS NULL', [memberId, productId, role]);
    return publicMember({ ...target, role });
  }

  async revokeMember(productId: string, memberId: string, now: number): Promise<'revoked' | 'not-found' | 'last-owner'> {
    const target = await this.activeMember(productId, memberId);
    if (!target) return 'not-found';
    if (target.role === 'owner' && (await this.ownerCount(productId)) <= 1) return 'last-owner';
    await this.sql.execute('UPDATE members SET revoked_at = $3 WHERE id = $1 AND product_id = $2 AND revoked_at IS NULL', [memberId, productId, now]);
    return 'revoked';
  }

  async createInvite(productId: string, role: InviteRole, createdBy: string, now: number, expiresAt: number): Promise<{ invite: Invite; secret: string }> {
    const id = newId();
    const { credential, secretHash } = issueCredential(id);
    await this.sql.execute(`INSERT INTO invites (${INVITE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL)`, [
      id,
      productId,
      role,
      secretHash,
      createdBy,
      now,
      expiresAt,
    ]);
    return { invite: { id, productId, role, createdBy, createdAt: now, expiresAt, revokedAt: null }, secret: credential };
  }

  /** The invite links that still work. */
  async listInvites(productId: string, now: number): Promise<Invite[]> {
    const rows = await this.sql.query<InviteRow>(
      `SELECT ${INVITE_COLUMNS} FROM invites WHERE product_id = $1 AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at, id`,
      [productId, now],
    );
    return rows.map(inviteOf);
  }

  async revokeInvite(productId: string, inviteId: string, now: number): Promise<boolean> {
    const changed = await this.sql.execute('UPDATE invites SET revoked_at = $3 WHERE id = $1 AND product_id = $2 AND revoked_at IS NULL', [
      inviteId,
      productId,
      now,
    ]);
    return changed > 0;
  }

  /** Makes the holder of an invite secret a member with the invite's role. */
  async join(productId: string, inviteSecret: unknown, displayName: string, now: number): Promise<Membership | JoinRefusal> {
    const credential = parseCredential(inviteSecret);
    if (!credential) return 'invalid-invite';
    const [row] = await this.sql.query<InviteRow>(`SELECT ${INVITE_COLUMNS} FROM invites WHERE id = $1`, [credential.id]);
    if (!row || row.product_id !== productId || !secretMatches(credential.secret, row.secret_hash)) return 'invalid-invite';
    const invite = inviteOf(row);
    if (invite.revokedAt !== null) return 'invite-revoked';
    if (invite.expiresAt <= now) return 'invite-expired';
    const memberId = newId();
    const { credential: token, secretHash } = issueCredential(memberId);
    await this.sql.execute(
      `INSERT INTO members (${MEMBER_COLUMNS}) SELECT $1, $2, $3, $4, $5, $6, $6, NULL
       WHERE EXISTS (SELECT 1 FROM invites WHERE id = $7 AND revoked_at IS NULL)`,
      [memberId, productId, invite.role, displayName, secretHash, now, invite.id],
    );
    const member = await this.findMember(memberId);
    return member ? { member: publicMember(member), token } : 'invite-revoked';
  }

  /** Deletes the product's document, members and invites; its tokens then say sharing stopped. */
  async stopSharing(productId: string, now: number): Promise<void> {
    await this.sql.batch([
      // First: an append in flight holds this row (see document-log.ts), so this waits for it and the
      // deletes below take its row too; an append that comes later finds sharing stopped.
      statement('UPDATE products SET stopped_at = $2, shared_by = NULL WHERE id = $1', productId, now),
      statement('DELETE FROM members WHERE product_id = $1', productId),
      statement('DELETE FROM invites WHERE product_id = $1', productId),
      statement('DELETE FROM documents WHERE name = $1', productId),
      statement('DELETE FROM document_updates WHERE name = $1', productId),
    ]);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  private async activeMember(productId: string, memberId: string): Promise<MemberRecord | null> {
    const member = await this.findMember(memberId);
    return member && member.productId === productId && member.revokedAt === null ? member : null;
  }

  private async ownerCount(productId: string): Promise<number> {
    const [row] = await this.sql.query<{ owners: number | string }>(
      "SELECT COUNT(*) AS owners FROM members WHERE product_id = $1 AND role = 'owner' AND revoked_at IS NULL",
      [productId],
    );
    return Number(row?.owners ?? 0);
  }
}
