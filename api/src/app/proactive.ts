import type { ConversationOwner, ConversationRef } from '../domain/conversationRef';
import type { Services } from './services';

/** An Adaptive Card to post, as plain JSON: app/ never sees botbuilder types. */
export type CardContent = Readonly<Record<string, unknown>>;

/** A send the Bot Connector refused; `status` is its HTTP status when it answered. */
export class SendError extends Error {
  constructor(
    readonly status: number | undefined,
    options?: ErrorOptions,
  ) {
    super(`The Bot Connector refused the send (${status ?? 'no answer'}).`, options);
    this.name = 'SendError';
  }
}

/** Posts to and updates activities in a stored conversation; implemented with botbuilder under bot/. */
export interface ConversationSender {
  /** Posts the card; resolves to the new activity's id. Throws {@link SendError}. */
  post(ref: ConversationRef, card: CardContent): Promise<string>;
  /** Replaces the card of an activity posted before. Throws {@link SendError}. */
  update(ref: ConversationRef, activityId: string, card: CardContent): Promise<void>;
}

/** Statuses worth another try: throttled, a lost race on the conversation, gateway trouble. */
const RETRIED = new Set([429, 412, 502, 504]);

/** How a send is retried; tests shorten the waits. */
export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

/** Five tries over about fifteen seconds at most: a queue retry takes over after that. */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * For a send someone is waiting on (raising a heads-up, sending an update): one try, since
 * the connector client already retries a refused call for a few seconds.
 */
export const SINGLE_TRY: RetryPolicy = { ...DEFAULT_RETRY, attempts: 1 };

/**
 * Runs `send`, retrying on 429/412/502/504 (and on no answer at all) with "full jitter"
 * exponential backoff, so many senders throttled together do not come back together.
 * Any other refusal, or the last failure, is thrown.
 */
export async function withRetries<T>(send: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const retriable = error instanceof SendError && (error.status === undefined || RETRIED.has(error.status));
      if (!retriable || attempt >= policy.attempts) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await policy.sleep(Math.floor(policy.random() * ceiling));
    }
  }
}

/** What a proactive post came to. */
export type PostOutcome = { readonly kind: 'posted'; readonly activityId: string } | { readonly kind: 'not-installed' };

/**
 * Posts a card where `owner` has the app installed, with retries. Someone without a stored
 * reference (never installed, or uninstalled) gets nothing.
 */
export async function postCard(services: Services, owner: ConversationOwner, card: CardContent, policy: RetryPolicy = DEFAULT_RETRY): Promise<PostOutcome> {
  const ref = await services.conversations.get(owner);
  if (ref === undefined) return { kind: 'not-installed' };
  const sender = await services.sender();
  const activityId = await withRetries(() => sender.post(ref, card), policy);
  return { kind: 'posted', activityId };
}
