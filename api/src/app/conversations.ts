import type { ConversationOwner, ConversationRef } from '../domain/conversationRef';
import { useCase } from './errors';
import { fileAllRecurringNudges, fileSafely } from './recurringNudges';
import type { Services } from './services';

/** What an activity says about where the bot may write later. */
export type ConversationChange =
  /** The app was installed there, or the user wrote from their personal chat with the bot: store the reference. */
  | { readonly type: 'save'; readonly owner: ConversationOwner; readonly ref: ConversationRef }
  /** Any other activity from a chat: refresh the reference if the app is installed there. */
  | { readonly type: 'refresh'; readonly owner: ConversationOwner; readonly ref: ConversationRef }
  /** The app was removed: forget the reference, so nothing more is sent. */
  | { readonly type: 'remove'; readonly owner: ConversationOwner };

/**
 * Applies what an activity implies for the stored conversation references. Locally
 * (`config.localConnectorUrl` set) the reference points at the local Bot Connector stand-in
 * instead of Teams, so proactive sends reach something that records them. An install in
 * personal scope files the user's recurring nudges.
 */
export const applyConversationChange = useCase(async (services: Services, change: ConversationChange): Promise<void> => {
  const { conversations } = services;
  if (change.type === 'remove') {
    await conversations.remove(change.owner);
    return;
  }
  const connector = services.config.localConnectorUrl;
  const ref = connector === undefined ? change.ref : { ...change.ref, serviceUrl: connector };
  if (change.type === 'save') await conversations.save(change.owner, ref);
  else await conversations.refresh(change.owner, ref);
  // Installed for themselves (or writing to the bot): the recurring nudges the defaults switch on start, or resume after a reinstall.
  const owner = change.owner;
  if (change.type === 'save' && owner.scope === 'personal') await fileSafely(services, 'recurring', () => fileAllRecurringNudges(services, owner, new Date()));
});
