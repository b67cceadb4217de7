import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, type ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { startTeamServer, type TeamServer } from '../team-server.ts';
import { tempDir } from './temp-dir.ts';

export interface LogEntry {
  level: string;
  event: string;
  fields: Record<string, unknown>;
}

export interface TestServer {
  server: TeamServer;
  config: ServerConfig;
  logs: LogEntry[];
  /** Stops the server and removes its folders. */
  stop(): Promise<void>;
}

/** A stand-in for the production build: an index.html and one hashed asset. */
export function writeDist(folder: string): void {
  mkdirSync(join(folder, 'assets'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Product lifecycle board</title><script type="module" src="/assets/app-1a2b3c.js"></script>');
  writeFileSync(join(folder, 'assets', 'app-1a2b3c.js'), 'console.log("app");');
  writeFileSync(join(folder, 'manifest.webmanifest'), '{"name":"Lifecycle"}');
}

/** One node on a free loopback port, SQLite in a temporary folder unless told otherwise, its log kept for assertions. */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, now?: () => number): Promise<TestServer> {
  const folder = tempDir();
  const distDir = join(folder.path, 'dist');
  writeDist(distDir);
  const config: ServerConfig = { ...readConfig({}, folder.path), port: 0, distDir, accessCheckMs: 100, ...overrides };
  const logs: LogEntry[] = [];
  const log: Logger = (level, event, fields = {}) => logs.push({ level, event, fields });
  const server = await startTeamServer(config, { log, ...(now ? { now } : {}) });
  return {
    server,
    config,
    logs,
    stop: async () => {
      await server.close();
      folder.remove();
    },
  };
}

/** Resolves once the node no longer holds the product's document in memory. */
export function documentUnloaded(server: TeamServer, productId: string): Promise<void> {
  const { hocuspocus } = server;
  return new Promise((resolve) => {
    if (!hocuspocus.documents.has(productId)) return resolve();
    hocuspocus.configuration.extensions.push({
      afterUnloadDocument: async ({ documentName }) => {
        if (documentName === productId) resolve();
      },
    });
  });
}

/** Resolves at the next document connection that closes on the node. */
export function nextDisconnect(server: TeamServer): Promise<void> {
  return new Promise((resolve) => {
    server.hocuspocus.configuration.extensions.push({ onDisconnect: async () => resolve() });
  });
}
