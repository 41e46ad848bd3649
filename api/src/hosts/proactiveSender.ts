import type { ConversationSender } from '../app/proactive';
import type { BotConfig } from '../config/settings';

/**
 * The proactive sender, loaded with botbuilder on first use (it takes most of a second to
 * load, and most API instances never send). A failed load is forgotten so the next try loads again.
 */
export function lazySender(bot: BotConfig | undefined): () => Promise<ConversationSender> {
  let loading: Promise<ConversationSender> | undefined;
  return () => {
    loading ??= import('../bot/proactiveSender')
      .then(({ createProactiveSender }) => createProactiveSender(bot))
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
