import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config/settings';
import type { Caller } from '../domain/identity';
import { isTenantAllowed } from '../domain/tenants';
import { unauthorized } from './errors';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns an `Authorization` header into a validated {@link Caller}, or throws 401. */
export type TokenVerifier = (authorization: string | null) => Promise<Caller>;

/**
 * Validates bearer tokens the way Entra ID tokens are validated (signature against the
 * issuer's JWKS, `aud`, per-tenant `iss`, `exp`/`nbf`, the `access_as_user` scope). The
 * local host uses the same code with its own issuer's JWKS.
 */
export function createTokenVerifier(config: AuthConfig, keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(config.jwksUri))): TokenVerifier {
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(authorization ?? '');
    if (match?.[1] === undefined) throw unauthorized('Send a bearer token.');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        audience: [...config.audiences],
        algorithms: ['RS256'],
        clockTolerance: 60,
        requiredClaims: ['exp', 'iss', 'aud'],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw unauthorized('The token is invalid or expired.');
      throw error;
    }
    const { tid, oid, scp, name, preferred_username: username } = payload;
    if (typeof tid !== 'string' || !GUID.test(tid) || typeof oid !== 'string' || !GUID.test(oid)) {
      throw unauthorized('The token does not name a user.');
    }
    if (payload.iss !== config.issuer.replace('{tid}', tid)) throw unauthorized('The token has the wrong issuer.');
    if (!isTenantAllowed(config.allowedTenants, tid)) {
      throw unauthorized('Your organisation is not allowed to use this app.');
    }
    if (typeof scp !== 'string' || !scp.split(' ').includes(config.requiredScope)) {
      throw unauthorized('The token lacks the required scope.');
    }
    const displayName = typeof name === 'string' ? name : typeof username === 'string' ? username : 'Unknown';
    return { tenantId: tid.toLowerCase(), objectId: oid.toLowerCase(), name: displayName.slice(0, 200) };
  };
}
