import { utcDateOf } from '../domain/calendarDates';
import { z } from 'zod';
import { LIMITS } from '../domain/common';
import { calendarDateIn } from '../domain/messages/dueDate';
import { htmlToText } from '../domain/messages/htmlToText';
import { leadingMention, type MentionInfo } from '../domain/messages/mention';
import { deriveTitle, describeAttachments } from '../domain/messages/title';
import { messageSourceSchema, type MessageSource } from '../domain/source';
import { conversationIdOf, nonEmpty, type MessagePayload, type TeamsActivity } from './activity';

/**
 * Most characters of the message's text kept as the item's source. A stored item is one
 * Table Storage string (64 KiB of UTF-16, so 32K characters) and JSON escaping can double
 * the text, so the source text gets a budget well inside it.
 */
export const SOURCE_TEXT_BUDGET = 20_000;

/** What an item logged from a message is made of, before the user edits it. */
export interface LoggedMessage {
  readonly messageId: string;
  readonly conversationId: string | undefined;
  readonly text: string;
  readonly title: string;
  /** The person the message opens by mentioning ("<at>Bob</at> I'll send it"): to whom it was said. */
  readonly addressee: { readonly id: string; readonly name: string } | undefined;
  readonly authorId: string | undefined;
  readonly authorName: string | undefined;
  readonly sentAt: Date | undefined;
  readonly link: string | undefined;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Graphemes are looked for this close to a cut: segmenting a whole 30 KB message takes most of a second. */
const GRAPHEME_WINDOW = 32;

/** The last grapheme boundary at or before `at`, so a cut never splits an emoji or an accented letter. */
function graphemeBoundary(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const start = Math.max(0, at - GRAPHEME_WINDOW);
  let boundary = start;
  for (const { index } of segmenter.segment(text.slice(start, at + GRAPHEME_WINDOW))) {
    if (start + index > at) break;
    boundary = start + index;
  }
  const code = text.charCodeAt(boundary - 1);
  return code >= 0xd800 && code <= 0xdbff ? boundary - 1 : boundary;
}

/** The start of `text` in at most `max` characters, cut between graphemes, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, graphemeBoundary(text, max - 1)).trimEnd()}…`;
}

/** `text` clipped so that its JSON encoding stays within `budget` characters. */
function clipForStorage(text: string, budget: number): string {
  let candidate = text;
  while (JSON.stringify(candidate).length > budget) {
    candidate = clip(candidate, Math.floor(candidate.length * 0.8));
  }
  return candidate;
}

function validDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function httpsLink(value: string | undefined): string | undefined {
  if (value === undefined || value.length > LIMITS.url) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

const optionalText = z.string().nullish().catch(undefined);

/** `messagePayload.mentions` as Teams sends it, read leniently: a malformed entry only loses that mention. */
const mentionsSchema = z
  .array(
    z
      .object({
        id: z.union([z.number(), z.string()]).nullish().catch(undefined),
        mentioned: z
          .object({ user: z.object({ id: optionalText }).loose().nullish().catch(undefined) })
          .loose()
          .nullish()
          .catch(undefined),
      })
      .loose(),
  )
  .catch([]);

function mentionsOf(payload: MessagePayload | null | undefined): MentionInfo[] {
  return mentionsSchema.parse(payload?.mentions ?? []).map((mention) => ({
    id: mention.id ?? undefined,
    // Only a person has `mentioned.user`; apps, tags and whole chats or channels do not.
    userId: nonEmpty(mention.mentioned?.user?.id)?.toLowerCase(),
  }));
}

/** Reads the message an action was invoked on; the card's own copy of its ids fills gaps. */
export function loggedMessage(activity: TeamsActivity, payload: MessagePayload | null | undefined, fallback: Record<string, string>): LoggedMessage | undefined {
  const messageId = nonEmpty(payload?.id) ?? nonEmpty(fallback.messageId);
  if (messageId === undefined || messageId.length > 200) return undefined;
  const html = payload?.body?.content ?? '';
  // Teams sends HTML; a plain-text body is HTML without tags, which htmlToText leaves as it is.
  const text = htmlToText(html);
  const attachments = (payload?.attachments ?? []).map((attachment) => ({
    contentType: attachment.contentType ?? undefined,
    name: attachment.name ?? undefined,
  }));
  const user = payload?.from?.user;
  const application = payload?.from?.application;
  const mention = leadingMention(html, mentionsOf(payload));
  // The title keeps to what was said; a message that is only a mention keeps the name as its title.
  const titleText = mention !== undefined && mention.rest !== '' ? mention.rest : text;
  return {
    messageId,
    conversationId: conversationIdOf(activity),
    text,
    title: deriveTitle(titleText, describeAttachments(attachments)),
    addressee: mention === undefined ? undefined : { id: mention.userId, name: mention.name.slice(0, 200) },
    authorId: nonEmpty(user?.id)?.toLowerCase() ?? nonEmpty(fallback.authorId),
    authorName: nonEmpty(user?.displayName ?? application?.displayName)?.slice(0, 200) ?? nonEmpty(fallback.authorName),
    sentAt: validDate(nonEmpty(payload?.createdDateTime) ?? nonEmpty(fallback.sentAt)),
    link: httpsLink(nonEmpty(payload?.linkToMessage) ?? nonEmpty(fallback.link)),
  };
}

/**
 * The moment the message's words count from: when it was sent, or now for a message with no
 * date or one from the future. "Tomorrow" in a message means the day after it was sent, not
 * the day after it was logged.
 */
export function referenceTimeOf(message: LoggedMessage, now: Date): Date {
  return message.sentAt !== undefined && message.sentAt < now ? message.sentAt : now;
}

/** The calendar day of `moment` in the user's time zone (UTC when Teams named none that exists). */
export function dayIn(moment: Date, timeZone: string | undefined): string {
  return calendarDateIn(moment, timeZone) ?? utcDateOf(moment);
}

/** The context the form carries back on submit, in case Teams leaves the message out of the submission. */
export function formContext(message: LoggedMessage): Record<string, string> {
  const context: Record<string, string> = { messageId: message.messageId };
  if (message.authorId !== undefined) context.authorId = message.authorId;
  if (message.authorName !== undefined) context.authorName = message.authorName;
  if (message.sentAt !== undefined) context.sentAt = message.sentAt.toISOString();
  if (message.link !== undefined) context.link = message.link;
  return context;
}

/** The item's link back to the message: who wrote it, when, and its text (clipped). */
export function sourceOf(message: LoggedMessage): MessageSource {
  return messageSourceSchema.parse({
    messageId: message.messageId,
    ...(message.link === undefined ? {} : { linkToMessage: message.link }),
    ...(message.authorName === undefined ? {} : { authorName: message.authorName }),
    ...(message.sentAt === undefined ? {} : { sentAt: message.sentAt.toISOString() }),
    ...(message.text === '' ? {} : { text: clipForStorage(message.text, SOURCE_TEXT_BUDGET) }),
  });
}
