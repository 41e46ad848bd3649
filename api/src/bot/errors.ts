import { UnavailableError } from '../app/errors';

/** What the bot tells a user, in one place. */
export const BOT_MESSAGES = {
  notAMessage: 'Open "Log in Upward" from a message: … > More actions > Log in Upward.',
  storageDown: 'Upward could not reach its storage, so nothing was saved. Try again in a moment.',
  unknownCaller: 'Upward could not tell who you are. Try again from Teams.',
  tenantNotAllowed: 'Your organisation is not allowed to use Upward.',
  unreadable: 'Upward could not read this request.',
  unknownCommand: 'Upward does not know this command.',
} as const;

/**
 * The message to show for an application error the bot answers in words rather than as a
 * failed turn; undefined for anything else, which the caller rethrows.
 */
export function userMessageFor(error: unknown): string | undefined {
  if (error instanceof UnavailableError) return BOT_MESSAGES.storageDown;
  return undefined;
}
