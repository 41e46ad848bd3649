import { describe, expect, it } from 'vitest';
import { readTokenClaims } from './tokenClaims';

const encode = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('readTokenClaims', () => {
  it('reads a base64url payload, including characters that differ from base64', () => {
    const claims = { exp: 1_900_000_000, oid: 'abc', tid: 'tenant', name: 'Zoë ??>>' };
    expect(readTokenClaims(`${encode({ alg: 'RS256' })}.${encode(claims)}.signature`)).toEqual(claims);
  });

  it('fails loudly on something that is not a token', () => {
    expect(() => readTokenClaims('not-a-token')).toThrow();
  });
});
