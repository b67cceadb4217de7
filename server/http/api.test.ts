import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../test-support/api-client.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { connect } from '../test-support/sync-client.ts';

const DAY = 86_400_000;
let clock = Date.UTC(2026, 2, 1);
let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  node = await startTestServer({}, () => clock);
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

describe('HTTP API', () => {
  it('shares a product: the caller becomes its owner and gets a token', async () => {
    const { status, body } = await api.call('POST', '/api/products', { body: { productId: 'prod-1', displayName: '  Camille  ' } });
    expect(status).toBe(201);
    expect(body).toMatchObject({ productId: 'prod-1', member: { displayName: 'Camille', role: 'owner', joinedAt: clock }, token: expect.stringMatching(/^[\w-]{22}\.[\w-]{43}$/) });
    expect((await api.call('GET', '/api/products/prod-1/me', { token: body.token })).body).toEqual({ member: body.member });
    expect(await api.call('POST', '/api/products', { body: { productId: 'prod-1', displayName: 'Hugo' } })).toMatchObject({ status: 409, body: { error: 'already-shared' } });
  });

  it('invites, joins, lists, changes a role and revokes, for owners only', async () => {
    const owner = await api.share();
    const path = `/api/products/${owner.productId}`;
    const invited = await api.call('POST', `${path}/invites`, { token: owner.token, body: { role: 'editor', expiresInDays: 3 } });
    expect(invited).toMatchObject({ status: 201, body: { invite: { role: 'editor', createdAt: clock, expiresAt: clock + 3 * DAY }, secret: expect.stringMatching(/^[\w-]{22}\.[\w-]{43}$/) } });
    clock += 1000;
    const editor = await api.join(owner.productId, invited.body.secret, 'Hugo');
    expect(editor.member.role).toBe('editor');

    expect(await api.call('GET', `${path}/members`, { token: editor.token })).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await api.call('POST', `${path}/invites`, { token: editor.token, body: { role: 'viewer' } })).toMatchObject({ status: 403 });
    const members = await api.call('GET', `${path}/members`, { token: owner.token });
    expect(members.body.members.map((member: { displayName: string; role: string }) => [member.displayName, member.role])).toEqual([
      ['Camille', 'owner'],
      ['Hugo', 'editor'],
    ]);
    expect(JSON.stringify(members.body)).not.toContain('token');

    expect((await api.call('GET', `${path}/invites`, { token: owner.token })).body.invites).toHaveLength(1);
    expect(await api.call('PATCH', `${path}/members/${editor.member.id}`, { token: owner.token, body: { role: 'viewer' } })).toMatchObject({
      status: 200,
      body: { member: { id: editor.member.id, role: 'viewer' } },
    });
    expect(await api.call('PATCH', `${path}/members/${owner.member.id}`, { token: owner.token, body: { role: 'editor' } })).toMatchObject({ status: 409, body: { error: 'last-owner' } });
    expect((await api.call('DELETE', `${path}/members/${editor.member.id}`, { token: owner.token })).status).toBe(204);
    expect(await api.call('GET', `${path}/me`, { token: editor.token })).toMatchObject({ status: 403, body: { error: 'unauthorized', message: 'revoked' } });
    expect((await api.call('DELETE', `${path}/invites/${invited.body.invite.id}`, { token: owner.token })).status).toBe(204);
    expect(await api.call('POST', `${path}/join`, { body: { secret: invited.body.secret, displayName: 'Late' } })).toMatchObject({ status: 403, body: { error: 'invite-revoked' } });
  });

  it('lets a member leave, but not the last owner', async () => {
    const { productId, owner, member } = await api.team('viewer');
    expect((await api.call('DELETE', `/api/products/${productId}/members/${member.member.id}`, { token: member.token })).status).toBe(204);
    expect(await api.call('DELETE', `/api/products/${productId}/members/${owner.member.id}`, { token: owner.token })).toMatchObject({ status: 409, body: { error: 'last-owner' } });
  });

  it('refuses an expired invite link', async () => {
    const owner = await api.share();
    const secret = await api.invite(owner.token, owner.productId, 'viewer');
    clock += 8 * DAY;
    expect(await api.call('POST', `/api/products/${owner.productId}/join`, { body: { secret, displayName: 'Noah' } })).toMatchObject({ status: 403, body: { error: 'invite-expired' } });
  });

  it('stops sharing: every token of the product then says so', async () => {
    const { productId, owner, member } = await api.team();
    expect(await api.call('DELETE', `/api/products/${productId}`, { token: member.token })).toMatchObject({ status: 403 });
    expect((await api.call('DELETE', `/api/products/${productId}`, { token: owner.token })).status).toBe(204);
    expect(await api.call('GET', `/api/products/${productId}/me`, { token: member.token })).toMatchObject({ status: 410, body: { message: 'sharing-stopped' } });
  });

  it.each([
    ['no token', 'GET', '/members', undefined, undefined, 401],
    ['a bad product id', 'POST', '', undefined, { productId: '../etc', displayName: 'X' }, 400],
    ['an empty name', 'POST', '', undefined, { productId: 'ok-id', displayName: '   ' }, 400],
    ['a name with a control character', 'POST', '', undefined, { productId: 'ok-id', displayName: 'A\u0007' }, 400],
    ['an owner invite', 'POST', '/invites', 'owner', { role: 'owner' }, 400],
    ['a long expiry', 'POST', '/invites', 'owner', { role: 'viewer', expiresInDays: 365 }, 400],
    ['an unknown role', 'PATCH', '/members/x', 'owner', { role: 'admin' }, 400],
  ])('refuses %s with a clear error', async (_case, method, suffix, who, body, status) => {
    const owner = await api.share();
    const path = method === 'POST' && suffix === '' ? '/api/products' : `/api/products/${owner.productId}${suffix}`;
    const result = await api.call(method, path, { ...(who ? { token: owner.token } : {}), ...(body ? { body } : {}) });
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
  });

  it('refuses bodies that are not small JSON objects, unknown routes and methods', async () => {
    const post = (body: string, type = 'application/json') => fetch(`${node.server.url}/api/products`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await post(JSON.stringify({ productId: 'x', displayName: 'y'.repeat(20_000) }))).status).toBe(413);
    expect((await api.call('GET', '/api/nothing')).status).toBe(404);
    const wrongMethod = await api.call('PUT', '/api/products');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await api.call('GET', '/api/products/%E0%A4%A/me')).status).toBe(404);
    expect((await api.call('GET', '/api/health')).body).toEqual({ ok: true });
  });

  it("downloads a product's stored document for any of its members, viewers included, and for no one else", async () => {
    const { productId, owner, member } = await api.team('viewer');
    const writer = connect(node.server.url, productId, owner.token);
    await writer.synced();
    writer.doc.getMap('initiatives').set('i-1', 'Onboarding');
    await writer.acknowledged();
    const download = (token?: string) => fetch(`${node.server.url}/api/products/${productId}/document`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    const stored = async () => {
      const copy = new Y.Doc();
      const decoder = decoding.createDecoder(new Uint8Array(await (await download(member.token)).arrayBuffer()));
      for (let n = decoding.readVarUint(decoder); n > 0; n--) Y.applyUpdate(copy, decoding.readVarUint8Array(decoder));
      return copy.getMap('initiatives').get('i-1');
    };
    // The node appends a change a moment after it (appendAfterMs).
    await expect.poll(stored).toBe('Onboarding');
    writer.destroy();

    const response = await download(member.token);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await download()).status).toBe(401);
    const stranger = await api.share();
    expect(await (await download(stranger.token)).json()).toMatchObject({ error: 'unauthorized', message: 'wrong-product' });
  });

  it('never lets a response be cached', async () => {
    const { headers } = await api.call('GET', '/api/health');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
