import {
  TeamsActivityHandler,
  TeamsInfo,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import { applyConversationChange } from '../app/conversations';
import { applyRosterChanges, type MemberSource } from '../app/roster';
import type { Services } from '../app/services';
import type { ChatMember } from '../domain/chat';
import { activitySchema, type TeamsActivity } from './activity';
import { answerCardAction } from './cardAction';
import { conversationChange } from './conversationRefs';
import { answerHeadsUpAction, isHeadsUpAction } from './headsUpCardAction';
import { answerOneOnOneAction, isOneOnOneAction } from './oneOnOneCardAction';
import type { ActionReply } from './logItem';
import { fetchLogItemForm } from './logItemForm';
import { submitLogItem } from './logItemSubmit';
import { rosterChanges } from './roster';

const ROSTER_PAGE_SIZE = 100;

function toResponse(reply: ActionReply): MessagingExtensionActionResponse {
  if (reply.type === 'message') return { task: { type: 'message', value: reply.text } };
  return {
    task: {
      type: 'continue',
      value: {
        title: reply.title,
        width: 'medium',
        card: { contentType: 'application/vnd.microsoft.card.adaptive', content: reply.card },
      },
    },
  };
}

function parse(context: TurnContext): TeamsActivity {
  return activitySchema.parse(context.activity);
}

/** Every member of the conversation, page by page, through the Bot Connector. */
function connectorMembers(context: TurnContext): MemberSource {
  return async () => {
    const found: ChatMember[] = [];
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedMembers(context, ROSTER_PAGE_SIZE, continuationToken);
      for (const account of page.members) {
        if (account.aadObjectId) found.push({ objectId: account.aadObjectId, name: account.name ?? '' });
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken !== undefined);
    return found;
  };
}

/**
 * Upward's bot: the "Log in Upward" message action and the chat roster. The work is done by
 * botbuilder-free functions in this folder and the use cases of app/; this class only routes
 * Teams activities to them.
 */
export class UpwardBot extends TeamsActivityHandler {
  constructor(private readonly services: Services) {
    super();
    this.onTurn(async (context, next) => {
      await this.rememberConversation(context);
      await next();
    });
    // Neither handler calls next(): the default dispatch would ask the connector about each
    // new member, which needs credentials and a network the roster does not need.
    this.onConversationUpdate(async (context) => this.updateRoster(context));
    this.onInstallationUpdate(async (context) => this.updateRoster(context));
  }

  /**
   * Keeps the conversation reference proactive messages need. An install or uninstall that
   * cannot be stored fails the turn, so Teams sends it again; a mere refresh that fails is
   * logged and the turn goes on, since the reference stored before still works.
   */
  private async rememberConversation(context: TurnContext): Promise<void> {
    const change = conversationChange(parse(context), new Date());
    if (change === undefined) return;
    try {
      await applyConversationChange(this.services, change);
    } catch (error) {
      if (change.type !== 'refresh' && context.activity.type !== 'invoke' && context.activity.type !== 'message') throw error;
      this.services.log.error('Refreshing a conversation reference failed', error);
    }
  }

  private async updateRoster(context: TurnContext): Promise<void> {
    // Without bot credentials (local mode) the connector cannot be called; the activity's own members are used.
    const allMembers = this.services.config.bot === undefined ? undefined : connectorMembers(context);
    await applyRosterChanges(this.services, rosterChanges(parse(context)), allMembers);
  }

  /** Mark done / New date on a reminder card, a decision on a heads-up card, Add talking point on a 1:1 card (Universal Actions): answered with the refreshed card. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, _value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    // The raw value is validated by our own schemas, not botbuilder's loose parse.
    const value: unknown = context.activity.value;
    if (isHeadsUpAction(value)) return answerHeadsUpAction(this.services, parse(context), value, new Date());
    if (isOneOnOneAction(value)) return answerOneOnOneAction(this.services, parse(context), value);
    return answerCardAction(this.services, parse(context), value, new Date());
  }

  protected override async handleTeamsMessagingExtensionFetchTask(context: TurnContext): Promise<MessagingExtensionActionResponse> {
    return toResponse(await fetchLogItemForm(this.services, parse(context), context.activity.value));
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(context: TurnContext): Promise<MessagingExtensionActionResponse> {
    return toResponse(await submitLogItem(this.services, parse(context), context.activity.value));
  }
}
