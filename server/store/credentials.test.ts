import { describe, expect, it } from 'vitest';
import { hashSecret, issueCredential, newId, parseCredential, secretMatches } from './credentials.ts';

describe('credentials', () => {
  it('are an id of 128 random bits and a secret of 256, stored as the SHA-256 of the secret', () => {
    const id = newId();
    const { credential, secretHash } = issueCredential(id);
    const parsed = parseCredential(credential);
    expect(parsed?.id).toBe(id);
    expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    expect(Buffer.from(parsed!.secret, 'base64url')).toHaveLength(32);
    expect(secretHash).toBe(hashSecret(parsed!.secret));
    expect(secretHash).not.toContain(parsed!.secret);
  });

  it('never repeat', () => {
    const credentials = new Set(Array.from({ length: 200 }, () => issueCredential(newId()).credential));
    expect(credentials.size).toBe(200);
  });

  it('match only their own secret', () => {
    const { credential, secretHash } = issueCredential(newId());
    const { secret } = parseCredential(credential)!;
    expect(secretMatches(secret, secretHash)).toBe(true);
    const other = parseCredential(issueCredential(newId()).credential)!.secret;
    expect(secretMatches(other, secretHash)).toBe(false);
    expect(secretMatches(secret, 'not-a-hash')).toBe(false);
  });

  it.each([undefined, '', 'abc', 'a.b', `${newId()}.short`, `${newId()}.${'x'.repeat(43)}.extra`, 42])('reads %o as no credential', (value) => {
    expect(parseCredential(value)).toBeNull();
  });
});
