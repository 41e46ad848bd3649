/** The claims of a token the tab reads locally: when it expires and whom it names. */
export interface TokenClaims {
  readonly exp: number;
  readonly oid?: string;
  readonly tid?: string;
  readonly name?: string;
}

/**
 * The payload of a JWT, unverified: only for tokens the local dev issuer just handed us,
 * never to decide access (the API verifies every token it gets).
 */
export function readTokenClaims(token: string): TokenClaims {
  const payload = token.split('.')[1] ?? '';
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  // JSON in a JWT is UTF-8: a name like "Zoë" must not come out as mojibake.
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))) as TokenClaims;
}
