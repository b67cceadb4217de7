import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, spawnNode } from './test-support/node-process.ts';
import { writeDist } from './test-support/server.ts';
import { tempDir } from './test-support/temp-dir.ts';

const folder = tempDir();
afterAll(() => folder.remove());

/** Runs `npm run server` to its end; resolves with its exit code and what it printed. */
function runToEnd(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = runMain(env);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

describe('npm run server', () => {
  it('says in one line that the build is missing', async () => {
    const { code, stderr } = await runToEnd({ DIST_DIR: join(folder.path, 'no-dist'), DATA_DIR: folder.path });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('run npm run build first');
  });

  it('says in one line what is wrong with a setting', async () => {
    const { code, stderr } = await runToEnd({ PORT: 'eighty' });
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('PORT must be a whole number from 0 to 65535 (got "eighty")');
  });

  it('serves the app and the API with SQLite in DATA_DIR, and stops cleanly on SIGTERM', async () => {
    const distDir = join(folder.path, 'dist');
    writeDist(distDir);
    const dataDir = join(folder.path, 'data');
    const node = await spawnNode({ DIST_DIR: distDir, DATA_DIR: dataDir });
    const page = await fetch(node.url);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await (await fetch(`${node.url}/api/health`)).json()).toEqual({ ok: true });
    expect(existsSync(join(dataDir, 'team.sqlite'))).toBe(true);
    expect(await node.stop('SIGTERM')).toBe(0);
  });
});
