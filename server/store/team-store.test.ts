import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { silentLogger } from '../log.ts';
import { tempDir } from '../test-support/temp-dir.ts';
import { hashSecret, parseCredential } from './credentials.ts';
import { openPostgres } from './postgres.ts';
import type { Sql } from './sql.ts';
import { openSqlite } from './sqlite.ts';
import type { Membership } from './records.ts';
import { TeamStore } from './team-store.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 5);

describe.each([
  ['SQLite', () => openSqlite(join(folder.path, 'team.sqlite'))],
  ['PostgreSQL', () => openPostgres(inject('databaseUrl'), silentLogger)],
])('TeamStore on %s', (_name, open: () => Sql) => {
  let store: TeamStore;
  beforeAll(async () => {
    store = await TeamStore.open(open());
  });
  afterAll(() => store.close());

  const share = async (productId = randomUUID()) => {
    const shared = await store.share(productId, 'Camille', NOW);
    if (shared === 'already-shared') throw new Error('expected a new share');
    return { productId, owner: shared };
  };
  const joined = (result: Membership | string): Membership => {
    if (typeof result === 'string') throw new Error(`expected to join, got ${result}`);
    return result;
  };

  it('creates its tables once, whatever the number of opens', async () => {
    await expect(TeamStore.open(store.sql)).resolves.toBeInstanceOf(TeamStore);
  });

  it('shares a product once: its sharer becomes the owner and holds a token stored only as a hash', async () => {
    const { productId, owner } = await share();
    expect(owner.member).toMatchObject({ productId, role: 'owner', displayName: 'Camille', joinedAt: NOW, revokedAt: null });
    expect(await store.productState(productId)).toBe('shared');
    const record = await store.findMember(owner.member.id);
    const { secret } = parseCredential(owner.token)!;
    expect(record?.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(await store.sql.query('SELECT * FROM members'))).not.toContain(secret);
    expect(await store.share(productId, 'Someone else', NOW)).toBe('already-shared');
    expect(await store.listMembers(productId)).toHaveLength(1);
  });

  it('lets two people share the same product at the same moment only once', async () => {
    const productId = randomUUID();
    const results = await Promise.all([store.share(productId, 'A', NOW), store.share(productId, 'B', NOW)]);
    expect(results.filter((result) => result === 'already-shared')).toHaveLength(1);
    expect(await store.listMembers(productId)).toHaveLength(1);
  });

  it('makes invite holders members with the invite role, until it expires or is revoked', async () => {
    const { productId, owner } = await share();
    const { invite, secret } = await store.createInvite(productId, 'viewer', owner.member.id, NOW, NOW + 7 * DAY);
    expect(invite).toMatchObject({ role: 'viewer', createdBy: owner.member.id, expiresAt: NOW + 7 * DAY });
    expect(await store.listInvites(productId, NOW)).toEqual([invite]);

    const viewer = joined(await store.join(productId, secret, 'Hugo', NOW + DAY));
    expect(viewer.member).toMatchObject({ role: 'viewer', displayName: 'Hugo', productId });
    expect(joined(await store.join(productId, secret, 'Inès', NOW + DAY)).member.role).toBe('viewer');

    expect(await store.join(productId, secret, 'Late', NOW + 7 * DAY)).toBe('invite-expired');
    expect(await store.listInvites(productId, NOW + 7 * DAY)).toEqual([]);
    expect(await store.revokeInvite(productId, invite.id, NOW + 2 * DAY)).toBe(true);
    expect(await store.revokeInvite(productId, invite.id, NOW + 2 * DAY)).toBe(false);
    expect(await store.join(productId, secret, 'Léa', NOW + 3 * DAY)).toBe('invite-revoked');
  });

  it('refuses a wrong, malformed or other product invite secret alike', async () => {
    const { productId, owner } = await share();
    const other = await share();
    const { secret } = await store.createInvite(productId, 'editor', owner.member.id, NOW, NOW + DAY);
    const { id } = parseCredential(secret)!;
    expect(await store.join(productId, `${id}.${'A'.repeat(43)}`, 'X', NOW)).toBe('invalid-invite');
    expect(await store.join(productId, 'nonsense', 'X', NOW)).toBe('invalid-invite');
    expect(await store.join(other.productId, secret, 'X', NOW)).toBe('invalid-invite');
  });

  it('changes roles and revokes members, always keeping one owner', async () => {
    const { productId, owner } = await share();
    const { secret } = await store.createInvite(productId, 'editor', owner.member.id, NOW, NOW + DAY);
    const editor = joined(await store.join(productId, secret, 'Noah', NOW));

    expect(await store.setRole(productId, owner.member.id, 'editor')).toBe('last-owner');
    expect(await store.revokeMember(productId, owner.member.id, NOW)).toBe('last-owner');
    expect(await store.setRole(productId, editor.member.id, 'owner')).toMatchObject({ id: editor.member.id, role: 'owner' });
    expect(await store.setRole(productId, owner.member.id, 'viewer')).toMatchObject({ role: 'viewer' });
    expect(await store.accessOf([owner.member.id, editor.member.id, 'gone'])).toEqual(
      new Map([
        [owner.member.id, { role: 'viewer', revoked: false }],
        [editor.member.id, { role: 'owner', revoked: false }],
      ]),
    );

    expect(await store.revokeMember(productId, owner.member.id, NOW + 1)).toBe('revoked');
    expect((await store.findMember(owner.member.id))?.revokedAt).toBe(NOW + 1);
    expect(await store.revokeMember(productId, owner.member.id, NOW + 2)).toBe('not-found');
    expect(await store.setRole(productId, owner.member.id, 'editor')).toBe('not-found');
    expect((await store.listMembers(productId)).map((member) => member.id)).toEqual([editor.member.id]);
    expect(await store.setRole((await share()).productId, editor.member.id, 'viewer')).toBe('not-found');
  });

  it('stops sharing: members, invites and the document go, the product remembers it stopped and can be shared again', async () => {
    const { productId, owner } = await share();
    await store.createInvite(productId, 'editor', owner.member.id, NOW, NOW + DAY);
    await store.sql.execute(
      'INSERT INTO documents (name, data) VALUES ($1, $2)',
      [productId, new Uint8Array([1, 2, 3])],
    );
    await store.stopSharing(productId, NOW + 1);
    expect(await store.productState(productId)).toBe('stopped');
    expect(await store.findMember(owner.member.id)).toBeNull();
    expect(await store.listInvites(productId, NOW)).toEqual([]);
    expect(await store.sql.query('SELECT name FROM documents WHERE name = $1', [productId])).toEqual([]);

    const again = await store.share(productId, 'Priya', NOW + 2);
    expect(again).toMatchObject({ member: { role: 'owner', displayName: 'Priya' } });
    expect(await store.productState(productId)).toBe('shared');
  });

  it('records when a token was last used', async () => {
    const { owner } = await share();
    await store.touchMember(owner.member.id, NOW + DAY);
    expect((await store.findMember(owner.member.id))?.lastUsedAt).toBe(NOW + DAY);
  });
});

const folder = tempDir();
afterAll(() => folder.remove());
