import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../test-support/api-client.ts';
import { nextDisconnect, startTestServer, type TestServer } from '../test-support/server.ts';
import { connect, type SyncClient } from '../test-support/sync-client.ts';

let node: TestServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  node = await startTestServer({ maxConnectionsPerMember: 3 });
  api = apiClient(node.server.url);
});
afterAll(() => node.stop());

describe('ConnectionLimitExtension', () => {
  it('refuses a flood of connections from one token past the limit, and logs it', async () => {
    const { productId, owner, member } = await api.team('editor');
    const flood: SyncClient[] = Array.from({ length: 6 }, () => connect(node.server.url, productId, member.token));
    const results = await Promise.allSettled(flood.map((client) => client.authenticated()));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason.message)).toEqual(
      Array(3).fill('too-many-connections'),
    );
    expect(node.logs.filter((entry) => entry.event === 'connection-refused' && entry.fields.member === member.member.id)).toHaveLength(3);

    const ownerClient = connect(node.server.url, productId, owner.token);
    expect(await ownerClient.authenticated()).toBe('read-write');

    const [first] = flood.filter((_, index) => results[index]!.status === 'fulfilled');
    const closed = nextDisconnect(node.server);
    first!.destroy();
    await closed;
    const another = connect(node.server.url, productId, member.token);
    expect(await another.authenticated()).toBe('read-write');
    [...flood, ownerClient, another].forEach((client) => client.destroy());
  });
});
