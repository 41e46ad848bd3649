import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/** The tenant every local dev user belongs to. */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000d0c1';
/** The local stand-in for the Entra app's client id (env/.env.local uses the same). */
export const LOCAL_CLIENT_ID = '00000000-0000-4000-8000-00000000a002';
const KEY_ID = 'upward-local-1';
const DEV_USER = /^[\p{L}\p{N} ._()-]{1,64}$/u;

/** A dev user's stable identity: the same name always maps to the same object id. */
export function devUserObjectId(name: string): string {
  const hex = createHash('sha256').update(`upward-dev-user:${name.trim().toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** True when `name` is acceptable as a dev user name. */
export function isValidDevUser(name: string): boolean {
  return DEV_USER.test(name) && name.trim().length > 0;
}

/** Overrides for tests that need a token wrong in one specific way. */
export interface TokenOptions {
  readonly audience?: string;
  readonly issuer?: string;
  readonly scope?: string;
  /** Seconds since the epoch; defaults to now. */
  readonly issuedAt?: number;
  readonly lifetimeSeconds?: number;
}

/** The local token issuer: one RS256 key pair, its JWKS, and Teams-SSO-shaped tokens. */
export interface DevIssuer {
  readonly jwks: { keys: JWK[] };
  /** Expected `iss` with `{tid}` left for the verifier, as for Entra. */
  readonly issuerTemplate: string;
  readonly audience: string;
  issue(user: string, options?: TokenOptions): Promise<string>;
}

async function loadOrCreateKey(file: string | undefined): Promise<JWK> {
  if (file !== undefined) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as JWK;
    } catch {
      // No key yet: make one below.
    }
  }
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  if (file !== undefined) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  return jwk;
}

/**
 * Creates the issuer. With `keyFile` the key survives restarts (tokens stay valid);
 * tests pass none and get a fresh key.
 */
export async function createDevIssuer(options: { baseUrl: string; tabOrigin: string; keyFile?: string }): Promise<DevIssuer> {
  const privateJwk = await loadOrCreateKey(options.keyFile);
  const privateKey = await importJWK(privateJwk, 'RS256');
  const { kty, n, e } = privateJwk;
  const publicJwk: JWK = { kty, n, e, kid: KEY_ID, alg: 'RS256', use: 'sig' };
  const issuerTemplate = `${options.baseUrl}/dev/{tid}/v2.0`;
  const audience = `api://${new URL(options.tabOrigin).host}/${LOCAL_CLIENT_ID}`;
  return {
    jwks: { keys: [publicJwk] },
    issuerTemplate,
    audience,
    async issue(user, issueOptions = {}) {
      const name = user.trim();
      const issuedAt = issueOptions.issuedAt ?? Math.floor(Date.now() / 1000);
      return new SignJWT({
        oid: devUserObjectId(name),
        tid: LOCAL_TENANT_ID,
        name,
        preferred_username: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@upward.local`,
        scp: issueOptions.scope ?? 'access_as_user',
        ver: '2.0',
      })
        .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
        .setIssuer(issueOptions.issuer ?? issuerTemplate.replace('{tid}', LOCAL_TENANT_ID))
        .setAudience(issueOptions.audience ?? audience)
        .setSubject(devUserObjectId(name))
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + (issueOptions.lifetimeSeconds ?? 3600))
        .sign(privateKey);
    },
  };
}
