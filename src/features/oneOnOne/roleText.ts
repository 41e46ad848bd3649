import type { NextMeeting } from '@domain/cadence';
import type { ChatMember } from '@domain/chat';
import type { OneOnOneSpace } from '@domain/oneOnOne';

/** A member's name: their own, or `fallback` while Teams has not told us it (they are named from their first visit). */
function nameOf(members: readonly ChatMember[], objectId: string, fallback = 'a chat member'): string {
  const name = members.find((member) => member.objectId.toLowerCase() === objectId)?.name.trim() ?? '';
  return name === '' ? fallback : name;
}

/** "Avery’s 1:1 with Morgan" once roles are set; "Our 1:1" until then. */
export function pageTitle(space: Pick<OneOnOneSpace, 'roles' | 'members'> | undefined): string {
  if (space?.roles == null) return 'Our 1:1';
  return `${nameOf(space.members, space.roles.employee, 'The employee')}’s 1:1 with ${nameOf(space.members, space.roles.manager, 'their manager')}`;
}

/** The members, a nameless one called by their role ("your manager"), so the page need not say "a chat member". */
export function namedByRole(space: Pick<OneOnOneSpace, 'roles' | 'members' | 'me'>): ChatMember[] {
  const { roles, me } = space;
  return space.members.map((member) => {
    if (member.name.trim() !== '' || roles === null) return member;
    const id = member.objectId.toLowerCase();
    if (id === roles.manager) return { ...member, name: roles.employee === me ? 'your manager' : 'the manager' };
    if (id === roles.employee) return { ...member, name: roles.manager === me ? 'your employee' : 'the employee' };
    return member;
  });
}

/** "You are the employee; Morgan is your manager." for the viewer. */
export function rolesSentence(space: Pick<OneOnOneSpace, 'roles' | 'members' | 'me'>): string {
  const { roles, me, members } = space;
  if (roles === null) return '';
  if (roles.employee === me) return `You are the employee; ${nameOf(members, roles.manager, 'the other person')} is your manager.`;
  if (roles.manager === me) return `You are the manager; ${nameOf(members, roles.employee, 'the other person')} is the employee.`;
  return `${nameOf(members, roles.employee)} is the employee; ${nameOf(members, roles.manager)} is the manager.`;
}

const dayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * "Next 1:1: Tuesday, Dec 8, 10:00", in the time zone of whoever set it; the zone is named
 * when the viewer's own differs, so nobody reads 10:00 Berlin as 10:00 London.
 */
export function nextMeetingText(next: NextMeeting, viewerTimeZone: string): string {
  const day = dayFormat.format(new Date(`${next.date}T00:00:00Z`));
  const zone = next.timeZone === viewerTimeZone ? '' : ` (${next.timeZone} time)`;
  return `Next 1:1: ${day}, ${next.time}${zone}`;
}

/** The viewer's own IANA time zone, which a cadence they set is stored with. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
