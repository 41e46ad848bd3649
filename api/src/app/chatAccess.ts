import type { ChatAccess } from '../domain/chat';
import type { Caller } from '../domain/identity';
import type { Person } from '../domain/oneOnOne';
import { chatPartition } from '../store/rosterStore';
import { ForbiddenError, NotFoundError, useCase } from './errors';
import type { Services } from './services';

/** Refuses anyone but a member: a chat the app was never installed in (for this tenant) is not found, anyone not on its roster is forbidden. */
export function requireMember(access: ChatAccess): void {
  if (access === 'unknown-chat') throw new NotFoundError();
  if (access === 'not-member') throw new ForbiddenError();
}

declare const checked: unique symbol;

/** A chat the caller has been checked against, as only {@link openChat} makes one: its id and its partition. */
export interface OpenChat {
  readonly chatId: string;
  readonly partition: string;
  readonly [checked]: true;
}

/**
 * The chat id a caller names is a claim: it is checked against the roster the bot keeps.
 * Adapters call this before they read a request's body, so outsiders learn nothing but
 * forbidden or not found; every shared use case takes the {@link OpenChat} it returns.
 */
export const openChat = useCase(async (services: Services, caller: Caller, chatId: string): Promise<OpenChat> =>
  chatOpenedWith(chatId, await services.rosters.access(chatId, caller.tenantId, caller.objectId)),
);

/** The chat, opened once its roster's answer for the caller is `member`; refused otherwise (see {@link requireMember}). */
export function chatOpenedWith(chatId: string, access: ChatAccess): OpenChat {
  requireMember(access);
  return { chatId, partition: chatPartition(chatId) } as OpenChat;
}

/** The caller as the shared space names them. Object ids are kept lower-case, as the roster keeps them. */
export function callerPerson(caller: Caller): Person {
  return { objectId: caller.objectId.toLowerCase(), name: caller.name };
}
