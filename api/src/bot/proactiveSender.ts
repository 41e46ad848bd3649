import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConversationReference, type TurnContext } from 'botbuilder';
import { SendError, type CardContent, type ConversationSender } from '../app/proactive';
import type { BotConfig } from '../config/settings';
import type { ConversationRef } from '../domain/conversationRef';

function referenceOf(ref: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    bot: { id: ref.botId, name: ref.botName },
    conversation: { id: ref.conversationId, tenantId: ref.tenantId, isGroup: ref.userId === undefined, conversationType: ref.userId === undefined ? 'groupChat' : 'personal', name: '' },
    ...(ref.userId === undefined ? {} : { user: { id: ref.userId, name: '' } }),
  };
}

/** The HTTP status of a failed connector call (botframework-connector throws core-http's RestError, which carries it). */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  return typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/**
 * Proactive sends through botbuilder's CloudAdapter (`continueConversationAsync`), with the
 * bot's identity in Azure and none locally (the local Bot Connector stand-in wants no token).
 * Connector failures become {@link SendError}s, so app/ decides about retries.
 */
export function createProactiveSender(bot: BotConfig | undefined): ConversationSender {
  const auth =
    bot === undefined
      ? new ConfigurationBotFrameworkAuthentication({})
      : new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: bot.appId, MicrosoftAppType: bot.appType, MicrosoftAppTenantId: bot.tenantId });
  const adapter = new CloudAdapter(auth);
  const appId = bot?.appId ?? '';
  const inConversation = async (ref: ConversationRef, logic: (context: TurnContext) => Promise<void>): Promise<void> => {
    try {
      await adapter.continueConversationAsync(appId, referenceOf(ref), logic);
    } catch (error) {
      throw new SendError(statusOf(error), { cause: error });
    }
  };
  return {
    async post(ref, card: CardContent) {
      let id: string | undefined;
      await inConversation(ref, async (context) => {
        id = (await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] }))?.id;
      });
      if (id === undefined) throw new SendError(undefined);
      return id;
    },
    async update(ref, activityId, card: CardContent) {
      await inConversation(ref, async (context) => {
        await context.updateActivity({ id: activityId, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
      });
    },
  };
}
