/*
 * Builders of the activities Teams sends a bot when an app is added to a chat and when people
 * join or leave it, shaped as Microsoft documents them ("Conversation events"). Tests use them
 * to drive the bot; in local mode the tab's dev bar sends the same activities to
 * `POST /api/messages` to create a chat between two dev users. No Node imports: the tab
 * bundles this file (only in its local-only chunk).
 */

/** The bot as activities address it (a stand-in id; locally no bot identity exists). */
export const BOT = { id: '28:00000000-0000-4000-8000-0000000000b0', name: 'Upward' } as const;
/** Where Teams says replies go; the roster never calls it. */
export const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';

/** A Teams user as activities name them. */
export interface TeamsUser {
  readonly name: string;
  readonly objectId: string;
  readonly tenantId: string;
}

/** A chat (1:1 or group) as conversation updates name it: Teams installs apps in both through the groupChat scope. */
export interface TeamsChat {
  readonly id: string;
  readonly tenantId: string;
  readonly conversationType: 'groupChat' | 'personal' | 'channel';
}

/** The user's account in an activity: a `29:` id plus their Entra object id. */
export function teamsAccount(user: TeamsUser) {
  return { id: `29:1${user.objectId.replace(/-/g, '')}`, name: user.name, aadObjectId: user.objectId };
}

/**
 * A 1:1 chat between two people, with the id shape Teams gives such chats. The same two
 * people and `tag` always make the same chat; without a tag every call makes a fresh one.
 */
export function oneOnOneChat(a: TeamsUser, b: TeamsUser, tag: string = crypto.randomUUID().slice(0, 8)): TeamsChat {
  const [first, second] = [a.objectId, b.objectId].sort();
  return { id: `19:${first ?? ''}_${second ?? ''}-${tag}@unq.gbl.spaces`, tenantId: a.tenantId, conversationType: 'groupChat' };
}

/** The user's personal chat with the bot: Teams gives it an `a:` id derived from the user and the bot. */
export function personalChat(user: TeamsUser): TeamsChat {
  return { id: `a:1${user.objectId.replace(/-/g, '')}bot`, tenantId: user.tenantId, conversationType: 'personal' };
}

function envelope(type: string, chat: TeamsChat, from: TeamsUser) {
  return {
    type,
    id: `f:${crypto.randomUUID()}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: teamsAccount(from),
    recipient: BOT,
    conversation: { isGroup: chat.conversationType !== 'personal', conversationType: chat.conversationType, tenantId: chat.tenantId, id: chat.id },
    channelData: { tenant: { id: chat.tenantId } },
  };
}

/** `installationUpdate` with action `add` or `remove`, sent when someone adds or removes the app in a chat. */
export function installationUpdate(chat: TeamsChat, by: TeamsUser, action: 'add' | 'remove') {
  return {
    ...envelope('installationUpdate', chat, by),
    locale: 'en-US',
    entities: [{ type: 'clientInfo', locale: 'en-US' }],
    channelData: { tenant: { id: chat.tenantId }, source: { name: 'message' } },
    action,
  };
}

function memberAccounts(members: readonly (TeamsUser | typeof BOT)[]) {
  return members.map((member) => ('objectId' in member ? { id: teamsAccount(member).id, aadObjectId: member.objectId } : { id: member.id }));
}

/** `conversationUpdate` adding the bot itself (installation) or people. */
export function membersAdded(chat: TeamsChat, by: TeamsUser, added: readonly (TeamsUser | typeof BOT)[]) {
  return { ...envelope('conversationUpdate', chat, by), membersAdded: memberAccounts(added) };
}

/** `conversationUpdate` removing people, or the bot itself (uninstallation). */
export function membersRemoved(chat: TeamsChat, by: TeamsUser, removed: readonly (TeamsUser | typeof BOT)[]) {
  return { ...envelope('conversationUpdate', chat, by), membersRemoved: memberAccounts(removed) };
}

/**
 * What Teams sends when `installer` adds the app (as a tab) to a chat with `others`: the
 * installation, then the bot joining. Teams names only the bot there and the bot reads the
 * rest of the roster from Teams; locally there is no Teams to read from, so the other
 * members are named in the same update, as Teams does when people join a chat.
 */
export function appAddedToChat(chat: TeamsChat, installer: TeamsUser, others: readonly TeamsUser[]) {
  return [installationUpdate(chat, installer, 'add'), membersAdded(chat, installer, [BOT, ...others])];
}

/** Posts an activity to the bot endpoint (`baseUrl` empty for this origin), as the Bot Framework service would. */
export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/**
 * What Teams sends when `user` presses an `Action.Execute` button (or a card refreshes) on a
 * card the bot posted in `chat`: the invoke `adaptiveCard/action`, the pressed card's activity
 * as `replyToId`, the button's verb and its data merged with the card's inputs. `id` is the
 * activity's own id: Teams retrying the same press sends the same one.
 */
export function cardActionInvoke(chat: TeamsChat, user: TeamsUser, card: { verb: string; data: Record<string, unknown>; replyToId: string; trigger?: 'manual' | 'automatic' }, id = `f:${crypto.randomUUID()}`) {
  return {
    name: 'adaptiveCard/action',
    type: 'invoke',
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: teamsAccount(user),
    conversation: { isGroup: chat.conversationType !== 'personal', conversationType: chat.conversationType, tenantId: chat.tenantId, id: chat.id },
    recipient: BOT,
    entities: [{ locale: 'en-US', country: 'US', platform: 'Web', timezone: 'America/New_York', type: 'clientInfo' }],
    channelData: { tenant: { id: chat.tenantId }, source: { name: 'message' }, legacy: { replyToId: card.replyToId } },
    replyToId: card.replyToId,
    value: { action: { type: 'Action.Execute', title: card.verb, verb: card.verb, data: card.data }, trigger: card.trigger ?? 'manual' },
    locale: 'en-US',
    localTimezone: 'America/New_York',
  };
}
