import { WEEKDAY_NAMES, isoWeekday } from '../cadence';
import { chatTabDeepLink } from '../progressUpdate/updateCard';
import { itemDeepLink } from './commitmentCard';

/** The subEntityIds the personal tab opens a page for (src/host/personalTabLink.ts maps them to screens); wins are on its first screen. */
export const SUB_PAGES = { updates: 'updates', wins: 'personal' } as const;

/** The verb of "Add talking point" on the 1:1 card. */
export const ONE_ON_ONE_VERBS = { addTalkingPoint: 'oneOnOne.addTalkingPoint' } as const;
/** The id of the card's text input, under which Teams merges what was typed into the action's data. */
export const TALKING_POINT_INPUT = 'talkingPoint';

/** At most this many lines of each list on the card; the 1:1 tab has the rest. */
const MAX_LINES = 8;

const header = (text: string) => ({ type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true });
const card = (body: unknown[], actions: unknown[]) => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions });

/** A titled list on a card, or "Nothing yet" under the title. */
function section(title: string, lines: readonly string[], empty: string): unknown[] {
  const shown = lines.slice(0, MAX_LINES).map((line) => `- ${line}`);
  if (lines.length > MAX_LINES) shown.push(`- and ${lines.length - MAX_LINES} more`);
  return [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true, spacing: 'Medium' },
    { type: 'TextBlock', text: shown.length === 0 ? empty : shown.join('\n'), wrap: true, isSubtle: shown.length === 0 },
  ];
}

/** What the "1:1 tomorrow" card shows. */
export interface OneOnOneCardInput {
  readonly chatId: string;
  readonly meetingDate: string;
  readonly meetingTime: string;
  /** The other person in the 1:1, when the roster knows their name. */
  readonly withName: string;
  readonly agenda: readonly string[];
  readonly headsUps: readonly string[];
  /** What was agreed last time: the last record's items with their outcome. */
  readonly agreed: readonly string[];
  /** After "Add talking point": the point just added, to confirm it. */
  readonly added?: string;
  readonly appId: string;
}

/**
 * "1:1 tomorrow": the agenda so far, the open heads-ups and what was agreed last time, with a
 * text box and "Add talking point" (an Action.Execute that adds to the chat's agenda) and a
 * link to the 1:1 tab.
 */
export function oneOnOneTomorrowCard(input: OneOnOneCardInput): Record<string, unknown> {
  const title = input.withName === '' ? `Your 1:1 is tomorrow at ${input.meetingTime}` : `Your 1:1 with ${input.withName} is tomorrow at ${input.meetingTime}`;
  return card(
    [
      header(title),
      ...(input.added === undefined ? [] : [{ type: 'TextBlock', text: `Added to the agenda: ${input.added}`, wrap: true, color: 'Good' }]),
      ...section('Agenda so far', input.agenda, 'Nothing on the agenda yet.'),
      ...section('Open heads-ups', input.headsUps, 'No open heads-ups.'),
      ...section('Agreed last time', input.agreed, 'Nothing recorded from last time.'),
      { type: 'Input.Text', id: TALKING_POINT_INPUT, label: 'Talking point', placeholder: 'What do you want to bring up?', maxLength: 200 },
    ],
    [
      { type: 'Action.Execute', title: 'Add talking point', verb: ONE_ON_ONE_VERBS.addTalkingPoint, data: { chatId: input.chatId, meetingDate: input.meetingDate } },
      { type: 'Action.OpenUrl', title: 'Open in Upward', url: chatTabDeepLink(input.appId, input.chatId) },
    ],
  );
}

/** What the "update due" card shows. */
export interface UpdateDueCardInput {
  readonly managerName: string | null;
  /** The date the update is due, which names its weekday. */
  readonly due: string;
  readonly appId: string;
}

/** "Your Friday update to Morgan", with "Draft it" opening the personal tab's updates page. */
export function updateDueCard(input: UpdateDueCardInput): Record<string, unknown> {
  const day = WEEKDAY_NAMES[isoWeekday(input.due) - 1] ?? '';
  const to = input.managerName === null ? '' : ` to ${input.managerName}`;
  return card(
    [header(`Your ${day} update${to}`), { type: 'TextBlock', text: `Due ${input.due}. Upward drafts it from what changed since your last one.`, wrap: true }],
    [{ type: 'Action.OpenUrl', title: 'Draft it', url: itemDeepLink(input.appId, SUB_PAGES.updates) }],
  );
}

/** What the weekly "log your wins" card shows. */
export interface WeeklyWinsCardInput {
  /** Wins dated this week (Monday to Sunday). */
  readonly winsThisWeek: number;
  readonly appId: string;
}

/** "Log your wins": how many are logged this week, and a link to them. */
export function weeklyWinsCard(input: WeeklyWinsCardInput): Record<string, unknown> {
  const count = input.winsThisWeek === 0 ? 'No wins logged this week yet.' : `${input.winsThisWeek} ${input.winsThisWeek === 1 ? 'win' : 'wins'} logged this week.`;
  return card(
    [header('Log your wins'), { type: 'TextBlock', text: `${count} What went well? A line each is enough, and it is there when review time comes.`, wrap: true }],
    [{ type: 'Action.OpenUrl', title: 'Open in Upward', url: itemDeepLink(input.appId, SUB_PAGES.wins) }],
  );
}
