import { randomBytes } from 'node:crypto';
import { Hocuspocus } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { readMessage, SyncType } from '../protocol.ts';
import { putRecord, readRecord, until } from '../test-support/sync-client.ts';
import { RedisRelayExtension } from './redis-relay.ts';

const prefix = `plb_test_relay_${randomBytes(6).toString('hex')}`;
const logged: Parameters<Logger>[] = [];
const log: Logger = (...entry) => void logged.push(entry);

/** One node of the cluster, in this process: a Hocuspocus instance with the relay, and its extension. */
function node() {
  // Documents unload without the cluster's grace period: each test opens its own.
  const relay = new RedisRelayExtension({ prefix, disconnectDelay: 0, createClient: () => new IORedis(inject('redisUrl')) }, log);
  return { relay, hocuspocus: new Hocuspocus({ quiet: true, extensions: [relay] }) };
}

/** What crosses Redis on a document's channel, each message's sync step (null for other messages). */
function watchChannel(documentName: string) {
  const client = new IORedis(inject('redisUrl'));
  const steps: (number | null)[] = [];
  client.on('messageBuffer', (_channel: Buffer, data: Buffer) => {
    // Each message starts with its sender's id, behind its length.
    steps.push(readMessage(new Uint8Array(data.subarray(1 + data[0]!))).syncType);
  });
  const ready = client.subscribe(`${prefix}:${documentName}`);
  return { steps, ready, stop: () => client.disconnect() };
}

const nodes = [node(), node()];
type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

const opened: DirectConnection[] = [];
const open = async (index: number, documentName: string) => {
  const connection = await nodes[index]!.hocuspocus.openDirectConnection(documentName);
  opened.push(connection);
  return connection;
};
const docOf = (connection: DirectConnection) => connection.document as unknown as Y.Doc;

afterEach(async () => {
  await Promise.all(opened.splice(0).map((connection) => connection.disconnect()));
});

afterAll(async () => {
  await Promise.all(nodes.map(({ relay }) => relay.onDestroy()));
  const redis = new IORedis(inject('redisUrl'));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('relaying changes between nodes through Redis', () => {
  it('publishes the changes of one turn as one update, which the other node applies without asking', async () => {
    const channel = watchChannel('p-relay');
    await channel.ready;
    const [one, two] = [await open(0, 'p-relay'), await open(1, 'p-relay')];
    channel.steps.length = 0;

    await one.transact((doc) => {
      putRecord(doc as unknown as Y.Doc, 'initiatives', 'i1', { title: 'Interviews with six buyers' });
      putRecord(doc as unknown as Y.Doc, 'initiatives', 'i2', { title: 'Pricing page test' });
    });
    await until(docOf(two), (doc) => readRecord(doc, 'initiatives', 'i2') !== undefined);
    expect(readRecord(docOf(two), 'initiatives', 'i1')).toEqual({ title: 'Interviews with six buyers' });
    await expect.poll(() => channel.steps.length).toBeGreaterThan(0);
    // No state vector went first: the change itself was the message.
    expect(channel.steps[0]).toBe(SyncType.Update);
    expect(channel.steps.filter((step) => step === SyncType.Update)).toHaveLength(1);
    channel.stop();
  });

  it('still brings a change that Redis dropped to the other node, by comparing states', async () => {
    const [one, two] = [await open(0, 'p-dropped'), await open(1, 'p-dropped')];
    const { pub } = nodes[0]!.relay;
    const publish = pub.publish.bind(pub);
    let dropped = 0;
    // Pub/sub delivers at most once: this update is lost on its way.
    pub.publish = ((channel: string, message: Buffer) => {
      if (dropped === 0 && readMessage(new Uint8Array(message.subarray(1 + message[0]!))).syncType === SyncType.Update) {
        dropped += 1;
        return Promise.resolve(0);
      }
      return publish(channel, message);
    }) as typeof pub.publish;
    try {
      await one.transact((doc) => putRecord(doc as unknown as Y.Doc, 'stories', 's1', { title: 'Export the roadmap as CSV' }));
      await until(docOf(two), (doc) => readRecord(doc, 'stories', 's1') !== undefined);
      expect(dropped).toBe(1);
      expect(readRecord(docOf(two), 'stories', 's1')).toEqual({ title: 'Export the roadmap as CSV' });
    } finally {
      pub.publish = publish;
    }
  });
});
