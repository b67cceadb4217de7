import * as decoding from 'lib0/decoding';
import type { Role } from '../db/share-types';
import { pacer } from './yield-to-page';

/** The team server's HTTP API (docs/server.md), on this page's own origin. */

export interface Member {
  id: string;
  displayName: string;
  role: Role;
  joinedAt: number;
}

export interface Invite {
  id: string;
  role: Exclude<Role, 'owner'>;
  createdAt: number;
  expiresAt: number;
}

export interface Membership {
  productId: string;
  member: Member;
  token: string;
}

/** A refusal of the server: `code` is its error code ('already-shared', 'invite-expired'…), or 'unreachable'. */
export class TeamApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
    this.name = 'TeamApiError';
  }
}

/** An API path on this page's own origin, written out whole: a fetch outside a page (Node's, in tests) takes no relative URL. */
const apiUrl = (path: string) => `${location.origin}/api/${path}`;

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new TeamApiError('unreachable', 0);
  }
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await failure(response);
  const data = (await response.json().catch(() => null)) as T | null;
  if (!data) throw new TeamApiError('no-server', response.status);
  return data;
}

/** Why the server refused a request (or why what answered was not the team server). */
async function failure(response: Response): Promise<TeamApiError> {
  const data = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (!data || typeof data.error !== 'string') {
    // Not the team server's JSON: a static host or the dev server answered (a page, or 404/405),
    // or a proxy whose server is down (502, 503, 504).
    return new TeamApiError(response.status >= 500 ? 'unreachable' : 'no-server', response.status);
  }
  // 'unauthorized' and 'forbidden' carry the precise reason (revoked, sharing-stopped, owner-only…)
  // as their message; every other error's code is its own, its message a sentence for developers.
  const precise = (data.error === 'unauthorized' || data.error === 'forbidden') && data.message;
  return new TeamApiError(precise || data.error, response.status);
}

/**
 * A product's document as the server stores it, as Yjs updates (docs/server.md): what a browser
 * applies before its WebSocket asks for only what is newer. Large updates come gzip-compressed,
 * as stored: an eighth of the bytes for the server to read and send, inflated here natively.
 */
export async function downloadDocument(productId: string, token: string, signal: AbortSignal): Promise<Uint8Array[]> {
  let response: Response;
  let body: ArrayBuffer;
  try {
    response = await fetch(apiUrl(`${product(productId)}/document?pieces=packed`), { headers: { Authorization: `Bearer ${token}` }, signal });
    if (!response.ok) throw await failure(response);
    // A static host or the dev server answers with the app's page.
    if (response.headers.get('Content-Type') !== 'application/octet-stream') throw new TeamApiError('no-server', response.status);
    body = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof TeamApiError || signal.aborted) throw error;
    throw new TeamApiError('unreachable', 0);
  }
  const decoder = decoding.createDecoder(new Uint8Array(body));
  const pieces = Array.from({ length: decoding.readVarUint(decoder) }, () => ({ gzip: decoding.readVarUint(decoder) === 1, data: decoding.readVarUint8Array(decoder) }));
  return Promise.all(pieces.map(({ gzip, data }) => (gzip ? gunzip(data) : data)));
}

/**
 * Inflates a stored update a chunk at a time, letting the page run every few milliseconds: read
 * whole at once, the stream inflated 18 MB in one task of 0.2–0.3 s.
 */
async function gunzip(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const reader = new Response(data).body!.pipeThrough(new DecompressionStream('gzip')).getReader();
  const paced = pacer();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push(read.value);
    await paced();
  }
  return new Uint8Array(await new Blob(chunks).arrayBuffer());
}

const product = (productId: string) => `products/${encodeURIComponent(productId)}`;

/** Whether this page is served by a team server (the dev server and static hosts are not). */
export async function teamServerReachable(): Promise<boolean> {
  try {
    const response = await fetch(apiUrl('health'));
    return response.ok && ((await response.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

export const teamApi = {
  share: (productId: string, displayName: string) => call<Membership>('POST', 'products', null, { productId, displayName }),
  join: (productId: string, secret: string, displayName: string) => call<Membership>('POST', `${product(productId)}/join`, null, { secret, displayName }),
  me: (productId: string, token: string) => call<{ member: Member }>('GET', `${product(productId)}/me`, token),
  members: (productId: string, token: string) => call<{ members: Member[] }>('GET', `${product(productId)}/members`, token),
  setRole: (productId: string, token: string, memberId: string, role: Role) => call<{ member: Member }>('PATCH', `${product(productId)}/members/${memberId}`, token, { role }),
  removeMember: (productId: string, token: string, memberId: string) => call<void>('DELETE', `${product(productId)}/members/${memberId}`, token),
  invites: (productId: string, token: string) => call<{ invites: Invite[] }>('GET', `${product(productId)}/invites`, token),
  invite: (productId: string, token: string, role: Invite['role']) => call<{ invite: Invite; secret: string }>('POST', `${product(productId)}/invites`, token, { role }),
  revokeInvite: (productId: string, token: string, inviteId: string) => call<void>('DELETE', `${product(productId)}/invites/${inviteId}`, token),
  stopSharing: (productId: string, token: string) => call<void>('DELETE', product(productId), token),
};

/** The link that lets someone join: the secret travels in the fragment, which browsers never send to a server. */
export function inviteLink(origin: string, productId: string, secret: string): string {
  return `${origin}/join/${encodeURIComponent(productId)}#${secret}`;
}
