import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, isRefusal, type AccessRules } from '../access.ts';
import { errorText, type Logger } from '../log.ts';
import type { DocumentLog } from '../store/document-log.ts';
import { INVITE_ROLES, ROLES, type Invite, type InviteRole, type Member, type Membership, type Role } from '../store/records.ts';
import { documentDownloads } from './document-download.ts';
import { BinaryBody, HttpError, readJsonObject, sendBytes, sendJson } from './json.ts';

export interface ApiOptions extends AccessRules {
  readonly log: Logger;
  /** Called once access changed (a member revoked, a role changed, sharing stopped), to close the connections concerned now. */
  readonly accessChanged: () => void;
  /** Where the products' documents are stored, for a member to download theirs. */
  readonly documents: DocumentLog;
}

type Handler = (request: IncomingMessage, params: Record<string, string>) => Promise<[number, unknown?]>;

const DAY = 86_400_000;
const PRODUCT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_NAME = 80;

/**
 * The HTTP API under /api/ (see docs/server.md): share a product, invite, join, list and manage
 * members, stop sharing (JSON), and download a product's stored document (binary). Every route
 * but sharing, joining and the health check takes a member token of that product as
 * `Authorization: Bearer <token>`; managing takes an owner's.
 * Resolves to false for a path outside /api/.
 */
export function createApi(options: ApiOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const { store, log, accessChanged, now } = options;
  const download = documentDownloads(options.documents, log);

  const member = async (request: IncomingMessage, productId: string): Promise<Member> => {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const result = await authenticate(options, token, productId);
    if (!isRefusal(result)) return result;
    const status = result.code === 4410 ? 410 : result.code === 4403 ? 403 : 401;
    throw new HttpError(status, 'unauthorized', result.reason);
  };
  const owner = async (request: IncomingMessage, productId: string): Promise<Member> => {
    const caller = await member(request, productId);
    if (caller.role !== 'owner') throw new HttpError(403, 'forbidden', 'owner-only');
    return caller;
  };

  const routes: Array<[string, RegExp, Handler]> = [
    ['GET', /^\/api\/health$/, async () => [200, { ok: true }]],
    [
      'POST',
      /^\/api\/products$/,
      async (request) => {
        const body = await readJsonObject(request);
        const productId = validProductId(body.productId);
        const shared = await store.share(productId, displayName(body.displayName), now());
        if (shared === 'already-shared') throw new HttpError(409, 'already-shared', 'This product is already shared on this server');
        log('info', 'product-shared', { product: productId, member: shared.member.id });
        return [201, membershipJson(shared)];
      },
    ],
    [
      'GET',
      /^\/api\/products\/([^/]+)\/document$/,
      async (request, { productId }) => {
        const caller = await member(request, productId!);
        const packed = new URL(request.url ?? '/', 'http://server').searchParams.get('pieces') === 'packed';
        return [200, new BinaryBody(await download(caller.id, productId!, packed))];
      },
    ],
    ['GET', /^\/api\/products\/([^/]+)\/me$/, async (request, { productId }) => [200, { member: memberJson(await member(request, productId!)) }]],
    [
      'GET',
      /^\/api\/products\/([^/]+)\/members$/,
      async (request, { productId }) => {
        await owner(request, productId!);
        return [200, { members: (await store.listMembers(productId!)).map(memberJson) }];
      },
    ],
    [
      'PATCH',
      /^\/api\/products\/([^/]+)\/members\/([^/]+)$/,
      async (request, { productId, id }) => {
        await owner(request, productId!);
        const role = oneOf(ROLES, (await readJsonObject(request)).role, 'role');
        const result = await store.setRole(productId!, id!, role);
        if (result === 'not-found') throw new HttpError(404, 'not-found', 'No such member');
        if (result === 'last-owner') throw new HttpError(409, 'last-owner', 'A shared product keeps at least one owner');
        log('info', 'role-changed', { product: productId, member: id, role });
        accessChanged();
        return [200, { member: memberJson(result) }];
      },
    ],
    [
      'DELETE',
      /^\/api\/products\/([^/]+)\/members\/([^/]+)$/,
      async (request, { productId, id }) => {
        const caller = await member(request, productId!);
        if (caller.role !== 'owner' && caller.id !== id) throw new HttpError(403, 'forbidden', 'owner-only');
        const result = await store.revokeMember(productId!, id!, now());
        if (result === 'not-found') throw new HttpError(404, 'not-found', 'No such member');
        if (result === 'last-owner') throw new HttpError(409, 'last-owner', 'A shared product keeps at least one owner: stop sharing instead');
        log('info', 'member-revoked', { product: productId, member: id, by: caller.id });
        accessChanged();
        return [204];
      },
    ],
    [
      'POST',
      /^\/api\/products\/([^/]+)\/invites$/,
      async (request, { productId }) => {
        const caller = await owner(request, productId!);
        const body = await readJsonObject(request);
        const role = oneOf(INVITE_ROLES, body.role, 'role');
        const days = body.expiresInDays === undefined ? 7 : body.expiresInDays;
        if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 30) {
          throw new HttpError(400, 'invalid-request', 'expiresInDays must be a whole number from 1 to 30');
        }
        const at = now();
        const { invite, secret } = await store.createInvite(productId!, role as InviteRole, caller.id, at, at + (days as number) * DAY);
        log('info', 'invite-created', { product: productId, invite: invite.id, role });
        return [201, { invite: inviteJson(invite), secret }];
      },
    ],
    [
      'GET',
      /^\/api\/products\/([^/]+)\/invites$/,
      async (request, { productId }) => {
        await owner(request, productId!);
        return [200, { invites: (await store.listInvites(productId!, now())).map(inviteJson) }];
      },
    ],
    [
      'DELETE',
      /^\/api\/products\/([^/]+)\/invites\/([^/]+)$/,
      async (request, { productId, id }) => {
        await owner(request, productId!);
        if (!(await store.revokeInvite(productId!, id!, now()))) throw new HttpError(404, 'not-found', 'No such invite');
        log('info', 'invite-revoked', { product: productId, invite: id });
        return [204];
      },
    ],
    [
      'POST',
      /^\/api\/products\/([^/]+)\/join$/,
      async (request, { productId }) => {
        const body = await readJsonObject(request);
        const name = displayName(body.displayName);
        const joined = await store.join(productId!, body.secret, name, now());
        if (typeof joined === 'string') {
          log('warn', 'join-refused', { product: productId, reason: joined });
          throw new HttpError(403, joined, 'This invite link does not work');
        }
        log('info', 'member-joined', { product: productId, member: joined.member.id, role: joined.member.role });
        return [201, membershipJson(joined)];
      },
    ],
    [
      'DELETE',
      /^\/api\/products\/([^/]+)$/,
      async (request, { productId }) => {
        await owner(request, productId!);
        await store.stopSharing(productId!, now());
        log('info', 'sharing-stopped', { product: productId });
        accessChanged();
        return [204];
      },
    ],
  ];

  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://server').pathname;
    if (!path.startsWith('/api/')) return false;
    try {
      const matching = routes.filter(([, pattern]) => pattern.test(path));
      if (matching.length === 0) throw new HttpError(404, 'not-found', 'No such route');
      const route = matching.find(([method]) => method === request.method);
      if (!route) {
        response.setHeader('Allow', matching.map(([method]) => method).join(', '));
        throw new HttpError(405, 'method-not-allowed', `Use ${matching.map(([method]) => method).join(' or ')}`);
      }
      const [, pattern, handle] = route;
      const [productId, id] = pattern.exec(path)!.slice(1).map(decodePart);
      if (productId !== undefined && !PRODUCT_ID.test(productId)) throw new HttpError(404, 'not-found', 'No such product');
      const [status, body] = await handle(request, { ...(productId === undefined ? {} : { productId }), ...(id === undefined ? {} : { id }) });
      if (body instanceof BinaryBody) sendBytes(response, status, body.pieces);
      else sendJson(response, status, body);
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(response, error.status, { error: error.error, message: error.message });
      } else {
        log('error', 'api-failed', { path, method: request.method, error: errorText(error) });
        sendJson(response, 500, { error: 'internal', message: 'The server could not do this; try again' });
      }
    }
    return true;
  };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(404, 'not-found', 'No such route');
  }
}

function validProductId(value: unknown): string {
  if (typeof value !== 'string' || !PRODUCT_ID.test(value)) {
    throw new HttpError(400, 'invalid-request', 'productId must be 1 to 64 letters, digits, - or _');
  }
  return value;
}

function displayName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new HttpError(400, 'invalid-request', `displayName must be 1 to ${MAX_NAME} characters, without control characters`);
  }
  return name;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, name: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw new HttpError(400, 'invalid-request', `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function memberJson({ id, displayName, role, joinedAt }: Member): { id: string; displayName: string; role: Role; joinedAt: number } {
  return { id, displayName, role, joinedAt };
}

function membershipJson({ member, token }: Membership) {
  return { productId: member.productId, member: memberJson(member), token };
}

function inviteJson({ id, role, createdAt, expiresAt }: Invite) {
  return { id, role, createdAt, expiresAt };
}
