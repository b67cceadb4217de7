import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, type Joined } from './test-support/api-client.ts';
import { startBalancer } from './test-support/balancer.ts';
import { spawnNode, type NodeProcess } from './test-support/node-process.ts';
import { writeDist } from './test-support/server.ts';
import { connect, putRecord, readRecord, until, type SyncClient } from './test-support/sync-client.ts';
import { tempDir } from './test-support/temp-dir.ts';

const folder = tempDir();
const distDir = join(folder.path, 'dist');
const prefix = `plb_test_${randomBytes(6).toString('hex')}`;
const env = () => ({ DATABASE_URL: inject('databaseUrl'), REDIS_URL: inject('redisUrl'), REDIS_PREFIX: prefix, DIST_DIR: distDir, DATA_DIR: folder.path });

let nodes: NodeProcess[] = [];
let balancer: Awaited<ReturnType<typeof startBalancer>>;
const clients: SyncClient[] = [];
const open = (url: string, productId: string, token: string) => {
  const client = connect(url, productId, token);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  writeDist(distDir);
  nodes = await Promise.all([spawnNode(env()), spawnNode(env())]);
  // Sends each connection to node 1 while it is up, then to node 2.
  balancer = await startBalancer(() => nodes.map((node) => node.url));
});

afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await balancer.close();
  await Promise.all(nodes.map((node) => node.stop('SIGKILL')));
  const redis = new IORedis(inject('redisUrl'));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  folder.remove();
});

const count = (client: SyncClient) => client.doc.getMap('initiatives').size;

describe('a cluster of two nodes on PostgreSQL and Redis', () => {
  let team: { productId: string; owner: Joined; member: Joined };
  let a: SyncClient;
  let b: SyncClient;

  it('converges A on node 1 and B on node 2', async () => {
    team = await apiClient(nodes[0]!.url).team('editor');
    a = open(balancer.url, team.productId, team.owner.token);
    b = open(nodes[1]!.url, team.productId, team.member.token);
    await Promise.all([a.synced(), b.synced()]);
    putRecord(a.doc, 'initiatives', 'from-a', { title: 'Written through node 1' });
    putRecord(b.doc, 'initiatives', 'from-b', { title: 'Written through node 2' });
    await until(b.doc, (doc) => readRecord(doc, 'initiatives', 'from-a') !== undefined);
    await until(a.doc, (doc) => readRecord(doc, 'initiatives', 'from-b') !== undefined);
  });

  it('loses no acknowledged change when node 1 is killed mid-stream: A moves to node 2', async () => {
    const acknowledged = new Set<string>();
    const sent: string[] = [];
    a.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) sent.forEach((key) => acknowledged.add(key));
    });
    const write = (index: number) => {
      const key = `stream-${index}`;
      putRecord(a.doc, 'initiatives', key, { title: `Change ${index}`, rank: index });
      sent.push(key);
    };
    // Acknowledged in batches of ten up to change 90; changes 91 to 100 are in flight when node 1
    // dies; changes 101 to 149 are made while A has no server.
    for (let index = 0; index < 150; index += 1) {
      write(index);
      if (index % 10 === 9 && index < 100) await a.acknowledged();
      if (index === 100) await nodes[0]!.stop('SIGKILL');
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(90);
    await a.acknowledged();
    await until(b.doc, (doc) => sent.every((key) => readRecord(doc, 'initiatives', key) !== undefined));
    expect([...acknowledged].filter((key) => readRecord(b.doc, 'initiatives', key) === undefined)).toEqual([]);
    expect(count(b)).toBe(152);
  });

  it('brings everything back from PostgreSQL when every node stopped and started again', async () => {
    a.destroy();
    b.destroy();
    await nodes[1]!.stop('SIGTERM');
    nodes = await Promise.all([spawnNode(env()), spawnNode(env())]);
    const c = open(balancer.url, team.productId, team.member.token);
    const d = open(nodes[1]!.url, team.productId, team.owner.token);
    await Promise.all([c.synced(), d.synced()]);
    expect(count(c)).toBe(152);
    expect(count(d)).toBe(152);
    expect(readRecord(c.doc, 'initiatives', 'stream-149')).toEqual({ title: 'Change 149', rank: 149 });
  });

  it('disconnects a member within 5 s when an owner revokes them through another node', async () => {
    const member = open(nodes[1]!.url, team.productId, team.member.token);
    await member.synced();
    const revokedAt = Date.now();
    const response = await apiClient(nodes[0]!.url).call('DELETE', `/api/products/${team.productId}/members/${team.member.member.id}`, { token: team.owner.token });
    expect(response.status).toBe(204);
    await member.closedWith('revoked');
    expect(Date.now() - revokedAt).toBeLessThan(5000);
  });
});
