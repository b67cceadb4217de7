/**
 * What the built app may load: its own files only. No inline or remote script, no eval, no remote
 * connection (`connect-src 'self'` also covers the team server's WebSocket on the same origin, ws:
 * from http: and wss: from https:, in browsers that follow CSP Level 3); images also from data: and
 * blob: URLs, which are made in the page and never reach the network; style only from its own
 * stylesheets (React sets `style` props through the CSSOM, and Chart.js sizes its canvases the same
 * way, which CSP allows). Downloads are navigations to blob: URLs, which no directive here restricts.
 *
 * The build puts it in index.html (vite.config.ts); `vite preview` and the team server send it as a
 * header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
