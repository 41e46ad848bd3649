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

/** Loopback hosts: a serviceUrl there is a Teams-like client on this machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a serviceUrl is a Bot Connector on this machine, such as the one Microsoft's Agents
 * Playground serves at `http://localhost:<port>/_connector`: proactive sends can reach it.
 */
export function isLocalConnector(serviceUrl: string): boolean {
  try {
    const url = new URL(serviceUrl);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
  } catch {
    return false;
  }
}

/**
 * Applies what an activity implies for the stored conversation references. Locally
 * (`config.localConnectorUrl` set) a reference to Teams' own service, which cannot be reached
 * without the bot's credentials, points at the local Bot Connector stand-in instead, so
 * proactive sends reach something that records them. A client on this machine that is its
 * own Bot Connector (the Agents Playground) keeps its serviceUrl: the cards appear there.
 * An install in personal scope files the user's recurring nudges.
 */
export const applyConversationChange = useCase(async (services: Services, change: ConversationChange): Promise<void> => {
  const { conversations } = services;
  if (change.type === 'remove') {
    await conversations.remove(change.owner);
    return;
  }
  const connector = services.config.localConnectorUrl;
  const ref = connector === undefined || isLocalConnector(change.ref.serviceUrl) ? change.ref : { ...change.ref, serviceUrl: connector };
  if (change.type === 'save') await conversations.save(change.owner, ref);
  else await conversations.refresh(change.owner, ref);
  // Installed for themselves (or writing to the bot): the recurring nudges the defaults switch on start, or resume after a reinstall.
  const owner = change.owner;
  if (change.type === 'save' && owner.scope === 'personal') await fileSafely(services, 'recurring', () => fileAllRecurringNudges(services, owner, new Date()));
});
