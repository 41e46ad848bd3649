import { describe, expect, it } from 'vitest';
import { currentRoles, roleOf, rolesInputSchema } from './oneOnOneRoles';

const avery = { objectId: 'a1', name: 'Avery' };
const morgan = { objectId: 'm1', name: 'Morgan' };
const sam = { objectId: 's1', name: 'Sam' };

describe('roles', () => {
  it('tell each member their role', () => {
    const roles = { employee: 'a1', manager: 'm1' };
    expect(roleOf(roles, 'A1')).toBe('employee');
    expect(roleOf(roles, 'm1')).toBe('manager');
    expect(roleOf(roles, 's1')).toBeUndefined();
    expect(roleOf(null, 'a1')).toBeUndefined();
  });

  it('are two different people', () => {
    expect(rolesInputSchema.safeParse({ employee: 'A1', manager: 'm1' }).data).toEqual({ employee: 'a1', manager: 'm1' });
    expect(rolesInputSchema.safeParse({ employee: 'a1', manager: 'A1' }).success).toBe(false);
  });

  it('hold only while both are the chat’s two members', () => {
    const roles = { employee: 'a1', manager: 'm1' };
    expect(currentRoles(roles, [avery, morgan])).toEqual(roles);
    expect(currentRoles(roles, [avery, morgan, sam])).toBeNull();
    expect(currentRoles(roles, [avery, sam])).toBeNull();
  });
});
