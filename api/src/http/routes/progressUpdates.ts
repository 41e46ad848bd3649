import { utcDateOf } from '../../domain/calendarDates';
import { openChat } from '../../app/chatAccess';
import { draftProgressUpdate, loadUpdates, sendProgressUpdate } from '../../app/progressUpdates';
import { isoDateSchema } from '../../domain/common';
import { draftQuerySchema, sendUpdateInputSchema, updateDraftSchema, updateSchema, updatesViewSchema } from '../../domain/progressUpdate/progressUpdates';
import { parseBody, validate } from '../body';
import { idempotencyKeyHeader } from '../idempotency';
import type { UserRoute } from '../types';
import { z } from 'zod';

const updatesQuerySchema = z.object({ today: isoDateSchema.optional() }).strict();

/** `GET /me/updates`: what I sent and the cadence figure. Only the tab knows the caller's date (`?today=`); UTC's otherwise. */
const listRoute: UserRoute = {
  method: 'GET',
  path: '/me/updates',
  name: 'list-progress-updates',
  summary: 'The progress updates I sent (what, when, where), newest first, and, with an update cadence in my manager profile, when the next is due and how many of the last 8 periods had one on time. Private to me.',
  auth: 'user',
  query: updatesQuerySchema,
  responseBody: updatesViewSchema,
  async handle(context) {
    const query = validate(updatesQuerySchema, Object.fromEntries(context.request.query));
    return { status: 200, body: await loadUpdates(context.services, context.caller, query.today ?? utcDateOf()) };
  },
};

/** `GET /me/updates/draft`: the next update, written from what changed since the last one sent. */
const draftRoute: UserRoute = {
  method: 'GET',
  path: '/me/updates/draft',
  name: 'draft-progress-update',
  summary:
    'The draft of my next progress update: commitments done, slipped and coming due, wins, goal progress, feedback acted on and, with `chatId` (a 1:1 I am a member of), its heads-ups and decisions, since the last update I sent. In my manager\'s format from my profile unless `format`/`order` say otherwise. Lines about items I did not share are offered with `included: false`. Nothing is stored.',
  auth: 'user',
  query: draftQuerySchema,
  responseBody: updateDraftSchema,
  async handle(context) {
    const query = validate(draftQuerySchema, Object.fromEntries(context.request.query));
    const chat = query.chatId === undefined ? undefined : await openChat(context.services, context.caller, query.chatId);
    const style = { ...(query.format === undefined ? {} : { format: query.format }), ...(query.order === undefined ? {} : { order: query.order }) };
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: await draftProgressUpdate(context.services, context.caller, { today: query.today ?? utcDateOf(), style, chat }) };
  },
};

/** `POST /me/updates`: send an update into a 1:1 chat, or record one copied for an email. */
const sendRoute: UserRoute = {
  method: 'POST',
  path: '/me/updates',
  name: 'send-progress-update',
  summary:
    'Keep the update I send, exactly the lines I kept: `to.kind` chat has the bot post it as a card into that 1:1 (I must be a member; `posted` says whether the card went), `copied` records one I copied as text or Markdown. Send an Idempotency-Key: a retry keeps one update and posts one card.',
  auth: 'user',
  requestBody: sendUpdateInputSchema,
  responseBody: updateSchema,
  successStatus: 201,
  async handle(context) {
    const input = parseBody(context.request, sendUpdateInputSchema);
    const chat = input.to.kind === 'chat' ? await openChat(context.services, context.caller, input.to.chatId) : undefined;
    const update = await sendProgressUpdate(context.services, context.caller, input, chat, idempotencyKeyHeader(context.request));
    return { status: 201, headers: { ETag: update.etag }, body: update };
  },
};

/** Progress updates: draft, send, and the record of what went. */
export const progressUpdateRoutes: UserRoute[] = [listRoute, draftRoute, sendRoute];
