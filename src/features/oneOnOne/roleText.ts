import type { NextMeeting } from '../../../api/src/domain/cadence';
import type { ChatMember } from '../../../api/src/domain/chat';
import type { OneOnOneSpace } from '../../../api/src/domain/oneOnOne';

/** A member's name for a heading: their own name, or a plain stand-in when Teams has not told us it. */
function nameOf(members: readonly ChatMember[], objectId: string): string {
  const name = members.find((member) => member.objectId.toLowerCase() === objectId)?.name.trim() ?? '';
  return name === '' ? 'A chat member' : name;
}

/** "Avery’s 1:1 with Morgan" once roles are set; "Our 1:1" until then. */
export function pageTitle(space: Pick<OneOnOneSpace, 'roles' | 'members'> | undefined): string {
  if (space?.roles == null) return 'Our 1:1';
  return `${nameOf(space.members, space.roles.employee)}’s 1:1 with ${nameOf(space.members, space.roles.manager)}`;
}

/** "You are the employee; Morgan is your manager." for the viewer. */
export function rolesSentence(space: Pick<OneOnOneSpace, 'roles' | 'members' | 'me'>): string {
  const { roles, me, members } = space;
  if (roles === null) return '';
  if (roles.employee === me) return `You are the employee; ${nameOf(members, roles.manager)} is your manager.`;
  if (roles.manager === me) return `You are the manager; ${nameOf(members, roles.employee)} is the employee.`;
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
