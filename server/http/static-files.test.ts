import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

let node: TestServer;
beforeAll(async () => {
  node = await startTestServer();
});
afterAll(() => node.stop());

const get = (path: string, init?: RequestInit) => fetch(`${node.server.url}${path}`, init);

describe('static files', () => {
  it('serves the build under the same Content-Security-Policy as its index.html', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('Product lifecycle board');
  });

  it('caches hashed assets for good and answers a revalidation with 304', async () => {
    const asset = await get('/assets/app-1a2b3c.js');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    const again = await get('/manifest.webmanifest', { headers: { 'if-none-match': manifest.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it("serves the app for its own routes, and 404 for a missing file", async () => {
    expect(await (await get('/p/abc/i/def')).text()).toContain('Product lifecycle board');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2findex.html%00.js']) {
      const response = await get(path);
      const text = await response.text();
      expect(text).not.toContain('root:');
      expect(text).not.toContain('"dependencies"');
    }
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});
