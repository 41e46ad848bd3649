import { describe, expect, it } from 'vitest';
import { isTenantAllowed } from './tenants';

const tenant = '0d9b645f-597b-41f0-a2a3-ef103fbd91bb';

describe('the tenant allow-list', () => {
  it('allows every tenant when it is empty', () => {
    expect(isTenantAllowed([], tenant)).toBe(true);
  });

  it('allows a listed tenant whatever the case on either side', () => {
    expect(isTenantAllowed([tenant.toUpperCase()], tenant)).toBe(true);
    expect(isTenantAllowed([tenant], tenant.toUpperCase())).toBe(true);
  });

  it('refuses a tenant that is not listed', () => {
    expect(isTenantAllowed([tenant], '11111111-1111-4111-8111-111111111111')).toBe(false);
  });
});
