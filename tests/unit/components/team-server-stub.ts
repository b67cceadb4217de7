import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { useNotices } from '../../../src/ui/notices';
import { usePreferences } from '../../../src/ui/preferences';

/** Each test of a team page starts with an empty database, no notice, no remembered name, and the real fetch back after it. */
export function freshTeamState() {
  beforeEach(async () => {
    await db.delete();
    await db.open();
    useNotices.setState({ notices: [] });
    usePreferences.setState({ displayName: '' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** A request the page sent to the team server: method, path under /api/, bearer token and JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  token: string | null;
  body: unknown;
}

type Answer = { status: number; body?: unknown; type?: string };
type Route = [method: string, path: RegExp, answer: Answer | ((request: SentRequest) => Answer)];

/** The answers of docs/server.md, as the server sends them. */
export const answers = {
  created: (body: unknown): Answer => ({ status: 201, body }),
  ok: (body: unknown): Answer => ({ status: 200, body }),
  noContent: { status: 204 } as Answer,
  error: (status: number, error: string, message: string): Answer => ({ status, body: { error, message } }),
  /** A static host or the dev server: the app's page, not the API. */
  page: { status: 200, body: '<!doctype html><title>Lifecycle board</title>', type: 'text/html' } as Answer,
};

export const member = (id: string, displayName: string, role: 'owner' | 'editor' | 'viewer', joinedAt = Date.UTC(2026, 11, 2, 9)) => ({ id, displayName, role, joinedAt });

/**
 * Replaces fetch with a team server that answers the given routes (and the health check), and
 * records every request; anything else is a 404 `not-found`, as the server answers.
 */
export function stubTeamServer(routes: Route[], { health = { status: 200, body: { ok: true } } as Answer } = {}) {
  const sent: SentRequest[] = [];
  const fetch = vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://127.0.0.1');
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    const request: SentRequest = {
      method,
      path: url.pathname.replace(/^\/api\//, ''),
      token: headers.get('Authorization')?.replace(/^Bearer /, '') ?? null,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    if (request.path === 'health') return respond(health);
    sent.push(request);
    const route = routes.find(([m, pattern]) => m === method && pattern.test(request.path));
    const answer = route ? (typeof route[2] === 'function' ? route[2](request) : route[2]) : answers.error(404, 'not-found', 'No such route');
    return respond(answer);
  });
  vi.stubGlobal('fetch', fetch);
  return { sent, writes: () => sent.filter((request) => request.method !== 'GET') };
}

function respond({ status, body, type = 'application/json; charset=utf-8' }: Answer): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}
