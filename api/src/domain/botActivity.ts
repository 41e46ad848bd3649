import { z } from 'zod';

/**
 * Largest activity accepted, in bytes. Bot Framework activities go up to 256 KiB, and a
 * message action carries the whole message it was invoked on (Teams messages reach ~28 KB of
 * text, more as HTML), so `/api/messages` allows more than the API's own MAX_BODY_BYTES.
 * Hosts must read up to this much for it.
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

/** The invokes the bot answers. Teams sends others (search, link unfurling) only to apps that declare them. */
export const HANDLED_INVOKES = ['composeExtension/fetchTask', 'composeExtension/submitAction', 'adaptiveCard/action'] as const;

/*
 * The envelope of a Bot Framework activity, checked before botbuilder sees it: botbuilder
 * trusts these fields' types and answers a wrong one with a 500. Teams sends `null` for many
 * absent fields and adds new ones over time, so nulls and unknown fields pass.
 */

const text = z.string('Must be text.').max(4096, 'Too long.').nullish();

const accountSchema = z.object({ id: text, name: text, aadObjectId: text, role: text }).loose();

const isHandledInvoke = (name: string | null | undefined): boolean => HANDLED_INVOKES.some((handled) => handled === name);

/** What every activity posted to `/api/messages` must look like. */
export const activityEnvelopeSchema = z
  .object({
    type: z.string('Required, as text.').min(1, 'Required.').max(64, 'Too long.'),
    id: text,
    name: text,
    channelId: text,
    serviceUrl: z.url({ protocol: /^https?$/, message: 'Use an http(s) URL.' }).max(2048, 'Too long.').nullish(),
    timestamp: text,
    localTimestamp: text,
    localTimezone: text,
    locale: text,
    replyToId: text,
    text: z.string('Must be text.').nullish(),
    from: accountSchema.nullish(),
    recipient: accountSchema.nullish(),
    conversation: z.object({ id: text, tenantId: text, conversationType: text, isGroup: z.boolean().nullish() }).loose().nullish(),
    channelData: z.object({}).loose().nullish(),
    entities: z.array(z.object({ type: text }).loose()).nullish(),
    membersAdded: z.array(accountSchema).nullish(),
    membersRemoved: z.array(accountSchema).nullish(),
    value: z.unknown().optional(),
  })
  .loose()
  .superRefine((activity, context) => {
    if (activity.type !== 'invoke') return;
    if (!isHandledInvoke(activity.name)) {
      context.addIssue({ code: 'custom', path: ['name'], message: 'This app does not handle this invoke.' });
      return;
    }
    const value = activity.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'The invoke carries no action.' });
    }
  });
