import { describe, expect, it } from 'vitest';
import { namedByRole, nextMeetingText, pageTitle, rolesSentence } from './roleText';

const members = [
  { objectId: 'a1', name: 'Avery' },
  { objectId: 'm1', name: 'Morgan' },
];
const roles = { employee: 'a1', manager: 'm1' };

describe('role text', () => {
  it('names the two people in the title once roles are set', () => {
    expect(pageTitle({ roles, members })).toBe('Avery’s 1:1 with Morgan');
    expect(pageTitle({ roles: null, members })).toBe('Our 1:1');
    expect(pageTitle({ roles, members: [members[0] ?? { objectId: '', name: '' }, { objectId: 'm1', name: '' }] })).toBe('Avery’s 1:1 with their manager');
  });

  it('calls someone Teams has not named yet by their role', () => {
    const nameless = [members[0] ?? { objectId: '', name: '' }, { objectId: 'm1', name: '' }];
    expect(namedByRole({ roles, members: nameless, me: 'a1' }).map((member) => member.name)).toEqual(['Avery', 'your manager']);
    expect(namedByRole({ roles: null, members: nameless, me: 'a1' }).map((member) => member.name)).toEqual(['Avery', '']);
  });

  it('tells each viewer their own role', () => {
    expect(rolesSentence({ roles, members, me: 'a1' })).toBe('You are the employee; Morgan is your manager.');
    expect(rolesSentence({ roles, members, me: 'm1' })).toBe('You are the manager; Avery is the employee.');
  });

  it('says when the next 1:1 is, naming the zone only when it is not the viewer’s', () => {
    const next = { date: '2026-12-08', time: '10:00', timeZone: 'Europe/Berlin' };
    expect(nextMeetingText(next, 'Europe/Berlin')).toBe('Next 1:1: Tuesday, Dec 8, 10:00');
    expect(nextMeetingText(next, 'Europe/London')).toBe('Next 1:1: Tuesday, Dec 8, 10:00 (Europe/Berlin time)');
  });
});
