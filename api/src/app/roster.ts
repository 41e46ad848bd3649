import type { ChatMember } from '../domain/chat';
import { useCase } from './errors';
import type { Services } from './services';

/** One change to a chat's roster, as an activity from Teams implies it. */
export type RosterChange =
  | { readonly type: 'install'; readonly chatId: string; readonly tenantId: string; readonly members: readonly ChatMember[] }
  | { readonly type: 'add'; readonly chatId: string; readonly members: readonly ChatMember[] }
  | { readonly type: 'remove'; readonly chatId: string; readonly objectIds: readonly string[] }
  | { readonly type: 'uninstall'; readonly chatId: string };

/** Reads every member of the chat from Teams (only possible with the bot's credentials, in Azure). */
export type MemberSource = () => Promise<ChatMember[]>;

/**
 * Applies roster changes. On install, `allMembers` (when given) reads the full roster from
 * Teams, since installation activities name only who installed the app; if that read fails
 * the install still counts with the members known, and the failure is logged.
 */
export const applyRosterChanges = useCase(async (services: Services, changes: readonly RosterChange[], allMembers: MemberSource | undefined): Promise<void> => {
  const { rosters } = services;
  for (const change of changes) {
    switch (change.type) {
      case 'install': {
        let known = [...change.members];
        if (allMembers !== undefined) {
          try {
            known = [...known, ...(await allMembers())];
          } catch (error) {
            services.log.error('Reading the chat roster from Teams failed', error);
          }
        }
        const unique = new Map(known.map((m) => [m.objectId.toLowerCase(), m]));
        await rosters.install(change.chatId, change.tenantId, [...unique.values()]);
        break;
      }
      case 'add':
        await rosters.addMembers(change.chatId, change.members);
        break;
      case 'remove':
        await rosters.removeMembers(change.chatId, change.objectIds);
        break;
      case 'uninstall':
        await rosters.uninstall(change.chatId);
        break;
    }
  }
});
