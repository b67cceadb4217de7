import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A member token or an invite secret is `<id>.<secret>`: the id (128 random bits) finds the row, the
 * secret (256 random bits) proves the holder may use it. Only the secret's SHA-256 is stored, and
 * it is compared in constant time, so neither a copy of the database nor response timings give a
 * usable credential away.
 */
export interface Credential {
  readonly id: string;
  readonly secret: string;
}

const ID_BYTES = 16;
const SECRET_BYTES = 32;
const FORMAT = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

export function newId(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

/** A new credential for the row `id`, with the hash to store. */
export function issueCredential(id: string): { credential: string; secretHash: string } {
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { credential: `${id}.${secret}`, secretHash: hashSecret(secret) };
}

export function parseCredential(value: unknown): Credential | null {
  if (typeof value !== 'string') return null;
  const match = FORMAT.exec(value);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
