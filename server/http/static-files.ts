import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The production build, under the same Content-Security-Policy as its index.html says. Files under
 * assets/ carry a content hash in their name and are cached for good; everything else is
 * revalidated (the service worker and the page that registers it above all). A path without an
 * extension is a route of the app (/p/<id>/i/<id>) and gets index.html.
 */
export function createStaticFiles(root: string): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const base = normalize(root + sep);
  return async (request, response) => {
    const headers: Record<string, string> = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://server').pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    const wanted = normalize(join(base, path));
    const file = !wanted.startsWith(base) || path.includes('\0') ? null : await fileAt(wanted.endsWith(sep) ? join(wanted, 'index.html') : wanted);
    const served = file ?? (extname(path) === '' ? await fileAt(join(base, 'index.html')) : null);
    if (!served) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const etag = `W/"${served.size.toString(16)}-${Math.floor(served.mtimeMs).toString(16)}"`;
    headers.ETag = etag;
    headers['Cache-Control'] = served.path.startsWith(join(base, 'assets') + sep) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    headers['Content-Type'] = TYPES[extname(served.path)] ?? 'application/octet-stream';
    headers['Content-Length'] = String(served.size);
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(served.path)
      .on('error', () => response.destroy())
      .pipe(response);
  };
}

async function fileAt(path: string): Promise<{ path: string; size: number; mtimeMs: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}
