import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Response as BotResponse } from 'botbuilder';
import type { Services } from '../app/services';
import type { BotConfig } from '../config/settings';
import { UpwardBot } from './bot';

/** What the bot answers over HTTP: a status and, for invokes, a JSON body. */
export interface BotReply {
  readonly status: number;
  readonly body?: unknown;
}

/** Hands one activity (already parsed from JSON) and its Authorization header to the bot. */
export type BotEndpoint = (activity: Record<string, unknown>, authorization: string) => Promise<BotReply>;

/**
 * In Azure the bot's identity comes from the config and botbuilder validates every activity's
 * Bot Framework token against it. Locally there is no bot identity, and botbuilder then accepts
 * activities without a token: that is the only case in which it does.
 */
function authentication(bot: BotConfig | undefined): ConfigurationBotFrameworkAuthentication {
  if (bot === undefined) return new ConfigurationBotFrameworkAuthentication({});
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
}

/** The bot behind `POST /api/messages`: botbuilder's CloudAdapter, fed without express. */
export function createBotEndpoint(services: Services): BotEndpoint {
  const adapter = new CloudAdapter(authentication(services.config.bot));
  adapter.onTurnError = async (_context, error) => {
    services.log.error('Bot turn failed', error);
    throw error;
  };
  const bot = new UpwardBot(services);

  return async (activity, authorization) => {
    let status = 500;
    let body: unknown;
    // CloudAdapter.process writes through an express-style response; collect what it writes.
    const response: BotResponse = {
      socket: undefined,
      status(code: number) {
        status = code;
        return response;
      },
      header() {
        return response;
      },
      send(payload: unknown) {
        body = payload;
        return response;
      },
      end() {
        return response;
      },
    };
    await adapter.process({ method: 'POST', headers: { authorization }, body: activity }, response, (context) => bot.run(context));
    return { status, body };
  };
}
