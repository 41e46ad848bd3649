import { describe, expect, it } from 'vitest';
import { isProfileQuestion, priorityFromAnswer, savesAsEmployee } from './profileCapture';

const EMPLOYEE = 'aaaaaaaa-0000-0000-0000-000000000001';
const MANAGER = 'aaaaaaaa-0000-0000-0000-000000000002';

describe('saving a 1:1 answer to the manager profile', () => {
  it('takes questions from the employee’s bank only: not the manager’s, not a question written by hand', () => {
    expect(isProfileQuestion('update-style')).toBe(true);
    expect(isProfileQuestion('mgr-blockers')).toBe(false);
    expect(isProfileQuestion(undefined)).toBe(false);
  });

  it('is the employee’s to do once roles are set, whoever added the question', () => {
    const roles = { employee: EMPLOYEE, manager: MANAGER };
    expect(savesAsEmployee(roles, MANAGER, EMPLOYEE.toUpperCase())).toBe(true);
    expect(savesAsEmployee(roles, MANAGER, MANAGER)).toBe(false);
    expect(savesAsEmployee(roles, EMPLOYEE, MANAGER)).toBe(false);
  });

  it('is, before roles are set, for whoever put the question on the agenda', () => {
    expect(savesAsEmployee(null, EMPLOYEE, EMPLOYEE)).toBe(true);
    expect(savesAsEmployee(null, EMPLOYEE, MANAGER)).toBe(false);
  });

  it('makes a priority of an answer: the first line the title, the whole answer the why', () => {
    expect(priorityFromAnswer('Ship the migration\nThe board asks every week')).toEqual({ title: 'Ship the migration', why: 'Ship the migration\nThe board asks every week' });
    expect(priorityFromAnswer('  Hiring  ')).toEqual({ title: 'Hiring', why: '' });
  });
});
