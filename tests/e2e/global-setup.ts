import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumPath } from './chromium';

let server: PreviewServer | undefined;
let filesDir: string | undefined;

/** Builds the production bundle once and serves it on loopback for every e2e file. */
export async function setup(project: TestProject) {
  chromiumPath();
  // vitest runs with NODE_ENV=test; the app under test must be the production build.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // E2E_DIST gives concurrent runs (several people on one machine) a build folder each.
  const outDir = process.env.E2E_DIST ?? 'dist';
  await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.NODE_ENV = testEnv;
  server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not start.');
  project.provide('baseURL', url.replace(/\/$/, ''));
  // The team server of the sync tests serves this same build.
  project.provide('distDir', resolve(outDir));
  // The files tests download or write to upload: one folder for the run, removed after it.
  filesDir = mkdtempSync(join(tmpdir(), 'plb-e2e-files-'));
  project.provide('filesDir', filesDir);
}

export async function teardown() {
  await server?.close();
  if (filesDir) rmSync(filesDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
    filesDir: string;
  }
}
