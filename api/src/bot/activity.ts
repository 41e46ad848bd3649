import { z } from 'zod';

/*
 * The parts of Teams activities the bot reads, parsed leniently: Teams adds fields over time
 * and sends `null` for many absent ones, so unknown fields pass and nulls count as absent.
 * Nothing here is trusted for identity until botbuilder has authenticated the activity.
 */

const text = z.string().nullish().catch(undefined);

const accountSchema = z
  .object({ id: text, name: text, aadObjectId: text })
  .loose();

/** The message a message action was invoked on (`value.messagePayload`). */
export const messagePayloadSchema = z
  .object({
    id: text,
    createdDateTime: text,
    linkToMessage: text,
    from: z
      .object({
        user: z.object({ id: text, displayName: text }).loose().nullish().catch(undefined),
        application: z.object({ id: text, displayName: text }).loose().nullish().catch(undefined),
      })
      .loose()
      .nullish()
      .catch(undefined),
    body: z.object({ contentType: text, content: text }).loose().nullish().catch(undefined),
    attachments: z
      .array(z.object({ contentType: text, name: text }).loose())
      .nullish()
      .catch(undefined),
  })
  .loose();

/** `value` of `composeExtension/fetchTask` and `composeExtension/submitAction`. */
export const actionValueSchema = z
  .object({
    commandId: text,
    commandContext: text,
    messagePayload: messagePayloadSchema.nullish().catch(undefined),
    data: z.record(z.string(), z.unknown()).nullish().catch(undefined),
  })
  .loose();

/** The envelope fields of any Teams activity the bot looks at. */
export const activitySchema = z
  .object({
    type: z.string(),
    /** The activity's id: the same when Teams retries an invoke. */
    id: text,
    name: text,
    action: text,
    channelId: text,
    serviceUrl: text,
    localTimezone: text,
    from: accountSchema.nullish().catch(undefined),
    recipient: accountSchema.nullish().catch(undefined),
    conversation: z
      .object({ id: text, tenantId: text, conversationType: text })
      .loose()
      .nullish()
      .catch(undefined),
    channelData: z
      .object({ tenant: z.object({ id: text }).loose().nullish().catch(undefined) })
      .loose()
      .nullish()
      .catch(undefined),
    entities: z
      .array(z.object({ type: text, timezone: text }).loose())
      .nullish()
      .catch(undefined),
    membersAdded: z.array(accountSchema).nullish().catch(undefined),
    membersRemoved: z.array(accountSchema).nullish().catch(undefined),
  })
  .loose();

export type MessagePayload = z.infer<typeof messagePayloadSchema>;
export type ActionValue = z.infer<typeof actionValueSchema>;
export type TeamsActivity = z.infer<typeof activitySchema>;
export type TeamsAccount = z.infer<typeof accountSchema>;

/** The tenant an activity comes from: `conversation.tenantId`, else `channelData.tenant.id`. */
export function tenantOf(activity: TeamsActivity): string | undefined {
  return nonEmpty(activity.conversation?.tenantId) ?? nonEmpty(activity.channelData?.tenant?.id);
}

/** The user's IANA time zone: `localTimezone`, else the `clientInfo` entity's. */
export function timeZoneOf(activity: TeamsActivity): string | undefined {
  return nonEmpty(activity.localTimezone) ?? nonEmpty(activity.entities?.find((entity) => entity.type === 'clientInfo')?.timezone);
}

/**
 * The chat an activity belongs to. Channel activities carry `;messageid=…` after the thread
 * id, which is not part of the conversation.
 */
export function conversationIdOf(activity: TeamsActivity): string | undefined {
  return nonEmpty(activity.conversation?.id?.split(';')[0]);
}

/** The string, trimmed, or undefined when it is missing or blank. */
export function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
