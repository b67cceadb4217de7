// `npm run bench:sync`: measures the team server on loopback and writes results/sync-server.json.
//  - relay: 200 clients (@hocuspocus/provider over ws) on 20 products, 10 per product, each writing
//    one record 20 times at about 2 writes a second; the latency of every change from its writer to
//    each of the 9 other clients of its product (p50, p95, p99; changes that reach a client together
//    count once). The server runs in its own process
//    (`node server/main.ts`, SQLite); the clients share this one, as in a browser each tab would not.
//  - memory: a child process with --expose-gc opens 4 products of 5,000 records (one Y.Map per
//    table, one per record, the initiatives of tests/bench/seed.mjs) on an in-process server,
//    loading them from SQLite, and reports the heap and buffers each open document holds.
// Bounded: 4,000 writes, a minute at most; it stops everything it started.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildProduct } from './seed.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = join(ROOT, 'tests', 'bench', 'results', 'sync-server.json');
const PRODUCTS = 20;
const CLIENTS_PER_PRODUCT = 10;
const WRITES_PER_CLIENT = 20;
const WRITE_EVERY_MS = 500;
const DOCUMENTS = 4;
const RECORDS = 5000;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n) => Math.round(n * 100) / 100;

if (process.argv[2] === 'memory') {
  await measureMemoryHere();
} else {
  const relay = await measureRelay();
  const memory = await measureMemoryInChild();
  const result = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, load: loadavg().map(round), relay, memory };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

async function measureRelay() {
  const folder = mkdtempSync(join(tmpdir(), 'plb-bench-'));
  const dist = join(folder, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  const server = spawn(process.execPath, [join(ROOT, 'server', 'main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: folder, DIST_DIR: dist, MAX_CONNECTIONS_PER_MEMBER: '50' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => {
        const line = chunk.toString().split('\n').find((text) => text.includes('"event":"listening"'));
        if (line) resolve(JSON.parse(line).url);
      });
      server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
    });
    const tokens = [];
    for (let p = 0; p < PRODUCTS; p += 1) {
      const response = await fetch(`${url}/api/products`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ productId: `bench-${p}-${Date.now()}`, displayName: 'Bench' }),
      });
      tokens.push(await response.json());
    }
    const clients = [];
    for (const { productId, token } of tokens) {
      for (let c = 0; c < CLIENTS_PER_PRODUCT; c += 1) clients.push(openClient(url, productId, token, `writer-${c}`));
    }
    await Promise.all(clients.map((client) => client.synced));

    const latencies = [];
    for (const client of clients) {
      client.doc.getMap('initiatives').observeDeep((events, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const event of events) {
          const sentAt = event.target.get?.('sentAt');
          if (typeof sentAt === 'number') latencies.push(now - sentAt);
        }
      });
    }
    const started = performance.now();
    const serverCpuBefore = cpuSeconds(server.pid);
    const clientCpuBefore = process.cpuUsage();
    await Promise.all(
      clients.map(async (client, index) => {
        await new Promise((resolve) => setTimeout(resolve, (index * 37) % WRITE_EVERY_MS));
        for (let n = 0; n < WRITES_PER_CLIENT; n += 1) {
          client.doc.transact(() => {
            const records = client.doc.getMap('initiatives');
            let record = records.get(client.key);
            if (!record) {
              record = new Y.Map();
              records.set(client.key, record);
            }
            record.set('seq', n);
            record.set('sentAt', performance.now());
          });
          await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
        }
      }),
    );
    // Done when every client holds every writer's last change (Yjs may merge changes that arrive together).
    const last = WRITES_PER_CLIENT - 1;
    const complete = (client) => {
      const records = [...client.doc.getMap('initiatives').values()];
      return records.length === CLIENTS_PER_PRODUCT && records.every((record) => record.get('seq') === last);
    };
    const deadline = performance.now() + 30_000;
    while (!clients.every(complete) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const converged = clients.filter(complete).length;
    const serverCpu = cpuSeconds(server.pid) - serverCpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    clients.forEach((client) => client.destroy());
    latencies.sort((a, b) => a - b);
    return {
      clients: clients.length,
      products: PRODUCTS,
      writes: PRODUCTS * CLIENTS_PER_PRODUCT * WRITES_PER_CLIENT,
      deliveries: latencies.length,
      clientsConverged: converged,
      seconds: round((performance.now() - started) / 1000),
      // CPU time says what a busy machine's wall clock cannot: the server's cost per relayed write.
      serverCpuSeconds: round(serverCpu),
      serverCpuMsPerWrite: round((serverCpu * 1000) / (PRODUCTS * CLIENTS_PER_PRODUCT * WRITES_PER_CLIENT)),
      clientsCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6),
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies.at(-1)),
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(folder, { recursive: true, force: true });
  }
}

/** User and system CPU seconds a process used so far (Linux). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function openClient(url, productId, token, key) {
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/sync`, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: productId, token, document: doc });
  provider.attach();
  const synced = new Promise((resolve) => provider.on('synced', resolve));
  return {
    doc,
    key: `${key}-${Math.random().toString(36).slice(2)}`,
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

function measureMemoryInChild() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), 'memory'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1))) : reject(new Error(`memory run exited ${code}`))));
  });
}

async function measureMemoryHere() {
  const { startTeamServer } = await import('../../server/team-server.ts');
  const { readConfig } = await import('../../server/config.ts');
  const { silentLogger } = await import('../../server/log.ts');
  const folder = mkdtempSync(join(tmpdir(), 'plb-bench-'));
  const server = await startTeamServer({ ...readConfig({}, folder), port: 0, accessCheckMs: 60_000 }, { log: silentLogger });
  try {
    const products = [];
    let bytes = 0;
    for (let d = 0; d < DOCUMENTS; d += 1) {
      const seed = buildProduct(RECORDS, d + 1);
      const doc = new Y.Doc();
      doc.transact(() => {
        const put = (table, record) => {
          const map = new Y.Map();
          doc.getMap(table).set(record.id, map);
          for (const [field, value] of Object.entries(record)) map.set(field, value);
        };
        put('products', seed.product);
        seed.stages.forEach((stage) => put('stages', stage));
        seed.initiatives.forEach((initiative) => put('initiatives', initiative));
      });
      const state = Y.encodeStateAsUpdate(doc);
      bytes = state.byteLength;
      const shared = await server.store.share(seed.product.id, 'Bench', Date.now());
      await server.store.sql.execute('INSERT INTO documents (name, data) VALUES ($1, $2)', [seed.product.id, state]);
      products.push(shared.member.productId);
      doc.destroy();
    }
    const settle = () => {
      for (let i = 0; i < 4; i += 1) globalThis.gc();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const before = settle();
    const connections = [];
    const started = performance.now();
    for (const productId of products) connections.push(await server.hocuspocus.openDirectConnection(productId));
    const loadMs = (performance.now() - started) / products.length;
    const after = settle();
    console.log(
      JSON.stringify({
        documents: products.length,
        recordsPerDocument: RECORDS,
        encodedKB: round(bytes / 1024),
        loadMsPerDocument: round(loadMs),
        mbPerOpenDocument: round((after - before) / products.length / 1024 / 1024),
      }),
    );
    for (const connection of connections) await connection.disconnect();
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
