import type { CommitmentNudge } from './commitmentNudges';

/** What a commitment reminder card shows. */
export interface CommitmentCardInput {
  readonly nudge: CommitmentNudge;
  readonly commitmentId: string;
  readonly title: string;
  readonly toWhom: string;
  readonly dueDate: string;
  readonly status: 'open' | 'done' | 'dropped';
  /** The Teams app id, for the deep link into the personal tab. */
  readonly appId: string;
}

const HEADINGS: Record<CommitmentNudge, string> = {
  dueTomorrow: 'Commitment due tomorrow',
  dueToday: 'Commitment due today',
  overdue: 'Commitment overdue by a day',
};

/** The personal tab's entity id in the manifest. */
export const PERSONAL_TAB_ENTITY_ID = 'home';

/** The deep link that opens the personal tab at this item (the tab reads `subPageId`). */
export function itemDeepLink(appId: string, itemId: string): string {
  return `https://teams.microsoft.com/l/entity/${appId}/${PERSONAL_TAB_ENTITY_ID}?context=${encodeURIComponent(JSON.stringify({ subEntityId: itemId }))}`;
}

/** The verbs of the card's Action.Execute buttons. */
export const CARD_VERBS = { markDone: 'commitment.markDone', newDate: 'commitment.newDate' } as const;

/**
 * The reminder as an Adaptive Card with Universal Actions: Mark done and New date reach the
 * bot as `adaptiveCard/action` and are answered with this card refreshed; once the
 * commitment is no longer open the card says so and offers only the link.
 */
export function commitmentCard(input: CommitmentCardInput): Record<string, unknown> {
  const open = input.status === 'open';
  const data = { commitmentId: input.commitmentId, dueDate: input.dueDate, nudge: input.nudge };
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: open ? HEADINGS[input.nudge] : input.status === 'done' ? 'Commitment done' : 'Commitment dropped', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: input.title, wrap: true },
      {
        type: 'FactSet',
        facts: [...(input.toWhom === '' ? [] : [{ title: 'To', value: input.toWhom }]), { title: 'Due', value: input.dueDate }],
      },
      ...(open ? [{ type: 'Input.Date', id: 'newDueDate', label: 'New date', value: input.dueDate }] : []),
    ],
    actions: [
      ...(open
        ? [
            { type: 'Action.Execute', title: 'Mark done', verb: CARD_VERBS.markDone, data, associatedInputs: 'none' },
            { type: 'Action.Execute', title: 'New date', verb: CARD_VERBS.newDate, data },
          ]
        : []),
      { type: 'Action.OpenUrl', title: 'Open in Upward', url: itemDeepLink(input.appId, input.commitmentId) },
    ],
  };
}
