import { randomUUID } from 'node:crypto';

export interface Joined {
  productId: string;
  member: { id: string; displayName: string; role: string; joinedAt: number };
  token: string;
}

/** The server's HTTP API as a client calls it. */
export function apiClient(baseUrl: string) {
  const call = async (method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
  const expectStatus = async (status: number, promise: ReturnType<typeof call>) => {
    const result = await promise;
    if (result.status !== status) throw new Error(`expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`);
    return result.body;
  };
  return {
    call,
    share: (productId: string = randomUUID(), displayName = 'Camille'): Promise<Joined> =>
      expectStatus(201, call('POST', '/api/products', { body: { productId, displayName } })),
    invite: async (ownerToken: string, productId: string, role: 'editor' | 'viewer'): Promise<string> =>
      (await expectStatus(201, call('POST', `/api/products/${productId}/invites`, { token: ownerToken, body: { role } }))).secret,
    join: (productId: string, secret: string, displayName = 'Hugo'): Promise<Joined> =>
      expectStatus(201, call('POST', `/api/products/${productId}/join`, { body: { secret, displayName } })),
    /** A product shared by an owner, with one member of the given role. */
    async team(role: 'editor' | 'viewer' = 'editor') {
      const owner = await this.share();
      const member = await this.join(owner.productId, await this.invite(owner.token, owner.productId, role));
      return { productId: owner.productId, owner, member };
    },
  };
}
