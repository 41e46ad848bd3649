import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../config/settings';
import { createTokenVerifier } from './auth';
import { HttpError } from './errors';

const tenant = '0d9b645f-597b-41f0-a2a3-ef103fbd91bb';
const user = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
let sign: (tid: string) => Promise<string>;
let keys: ReturnType<typeof createLocalJWKSet>;

const config = (allowedTenants: string[]): AuthConfig => ({
  jwksUri: 'http://127.0.0.1:9/jwks',
  issuer: 'https://login.example/{tid}/v2.0',
  audiences: ['api://tab.example/client'],
  requiredScope: 'access_as_user',
  allowedTenants,
});

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
  sign = (tid) =>
    new SignJWT({ tid, oid: user, scp: 'access_as_user', name: 'Avery' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(`https://login.example/${tid}/v2.0`)
      .setAudience('api://tab.example/client')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey);
});

describe('the tenant allow-list on bearer tokens', () => {
  it('lets in a listed tenant written in another case than the token has', async () => {
    const verify = createTokenVerifier(config([tenant.toUpperCase()]), keys);
    await expect(verify(`Bearer ${await sign(tenant)}`)).resolves.toMatchObject({ tenantId: tenant, objectId: user });
  });

  it('refuses a tenant that is not listed with 401', async () => {
    const verify = createTokenVerifier(config(['11111111-1111-4111-8111-111111111111']), keys);
    const refusal = verify(`Bearer ${await sign(tenant)}`);
    await expect(refusal).rejects.toBeInstanceOf(HttpError);
    await expect(refusal).rejects.toMatchObject({ status: 401, extra: { detail: 'Your organisation is not allowed to use this app.' } });
  });
});
