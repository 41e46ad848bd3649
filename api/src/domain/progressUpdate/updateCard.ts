import { updateSections, type SentLine } from './updateText';

/** The 1:1 tab's entity id, as the chat tab's configuration saves it. */
export const CHAT_TAB_ENTITY_ID = 'oneOnOne';

/** The deep link that opens the 1:1 tab of a chat. */
export function chatTabDeepLink(appId: string, chatId: string): string {
  return `https://teams.microsoft.com/l/entity/${appId}/${CHAT_TAB_ENTITY_ID}?context=${encodeURIComponent(JSON.stringify({ chatId, contextType: 'chat' }))}`;
}

/** What the update card shows. */
export interface UpdateCardInput {
  readonly from: string;
  readonly title: string;
  readonly lines: readonly SentLine[];
  readonly appId: string;
  readonly chatId: string;
}

/**
 * The update as an Adaptive Card posted in the 1:1 chat: the title, each section's heading
 * and its lines, and a link back to the 1:1 tab. It asks nothing of the reader, so it has no
 * Action.Execute. The lines are the sender's own words to someone in their chat, shown as
 * Teams shows the same words typed in a message (a card's TextBlock renders a Markdown subset).
 */
export function updateCard(input: UpdateCardInput): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: input.title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `From ${input.from}`, isSubtle: true, spacing: 'None', wrap: true },
      ...updateSections(input.lines).flatMap((group) => [
        { type: 'TextBlock', text: group.heading, weight: 'Bolder', spacing: 'Medium', wrap: true },
        ...group.lines.map((text) => ({ type: 'TextBlock', text: `• ${text}`, spacing: 'Small', wrap: true })),
      ]),
    ],
    actions: [{ type: 'Action.OpenUrl', title: 'Open our 1:1', url: chatTabDeepLink(input.appId, input.chatId) }],
  };
}

