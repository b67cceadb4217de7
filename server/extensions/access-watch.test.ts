import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../test-support/api-client.ts';
import { documentUnloaded, startTestServer, type TestServer } from '../test-support/server.ts';
import { connect, putRecord } from '../test-support/sync-client.ts';

let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  // Only the API's own check may end connections here: the timer is for changes made on other nodes.
  node = await startTestServer({ accessCheckMs: 3_600_000 });
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

describe('AccessWatchExtension', () => {
  it('disconnects a revoked member at once, with the reason, and refuses them when they reconnect', async () => {
    const { productId, owner, member } = await api.team('editor');
    const client = connect(node.server.url, productId, member.token);
    await client.synced();
    const revokedAt = Date.now();
    await api.call('DELETE', `/api/products/${productId}/members/${member.member.id}`, { token: owner.token });
    await client.closedWith('revoked');
    expect(Date.now() - revokedAt).toBeLessThan(5000);
    await client.closedWith('revoked', 4403);
    expect(node.server.hocuspocus.documents.get(productId)?.getConnectionsCount() ?? 0).toBe(0);
    client.destroy();
  });

  it('ends the connection of a member whose role changed, who then reconnects with the new role', async () => {
    const { productId, owner, member } = await api.team('editor');
    const client = connect(node.server.url, productId, member.token);
    expect(await client.authenticated()).toBe('read-write');
    await api.call('PATCH', `/api/products/${productId}/members/${member.member.id}`, { token: owner.token, body: { role: 'viewer' } });
    await client.closedWith('role-changed');
    const again = connect(node.server.url, productId, member.token);
    expect(await again.authenticated()).toBe('readonly');
    client.destroy();
    again.destroy();
  });

  it('ends every connection of a product that stops being shared, and forgets its document', async () => {
    const { productId, owner, member } = await api.team('viewer');
    const ownerClient = connect(node.server.url, productId, owner.token);
    const viewer = connect(node.server.url, productId, member.token);
    putRecord(ownerClient.doc, 'initiatives', 'i1', { title: 'Shared for a while' });
    await Promise.all([ownerClient.acknowledged(), viewer.synced()]);
    expect((await api.call('DELETE', `/api/products/${productId}`, { token: owner.token })).status).toBe(204);
    await Promise.all([ownerClient.closedWith('sharing-stopped'), viewer.closedWith('sharing-stopped')]);
    expect(await node.server.store.productState(productId)).toBe('stopped');
    await documentUnloaded(node.server, productId);
    expect(await node.server.store.sql.query('SELECT name FROM documents WHERE name = $1', [productId])).toEqual([]);
    const later = connect(node.server.url, productId, member.token);
    await expect(later.authenticated()).rejects.toThrow('sharing-stopped');
    ownerClient.destroy();
    viewer.destroy();
    later.destroy();
  });

  it('leaves the other members connected', async () => {
    const { productId, owner, member } = await api.team('editor');
    const ownerClient = connect(node.server.url, productId, owner.token);
    const editor = connect(node.server.url, productId, member.token);
    await Promise.all([ownerClient.synced(), editor.synced()]);
    await api.call('DELETE', `/api/products/${productId}/members/${member.member.id}`, { token: owner.token });
    await editor.closedWith('revoked');
    expect(ownerClient.closes).toEqual([]);
    expect(node.server.hocuspocus.documents.get(productId)?.getConnectionsCount()).toBe(1);
    ownerClient.destroy();
    editor.destroy();
  });
});
