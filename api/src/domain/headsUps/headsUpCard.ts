import { decideByText, decisionText, type HeadsUpData } from './headsUp';

/** The verbs of the heads-up card's Action.Execute buttons and of its refresh. */
export const HEADS_UP_VERBS = { decide: 'headsUp.decide', talk: 'headsUp.talk', refresh: 'headsUp.refresh' } as const;

/** What the heads-up card shows. */
export interface HeadsUpCardInput {
  readonly headsUpId: string;
  readonly data: HeadsUpData;
  /** The chat's members by Entra object id: the card refreshes itself for them (Teams takes `8:orgid:<id>`). */
  readonly memberObjectIds: readonly string[];
  /** The viewer's date, for "Decision needed by …" and whether it is late. */
  readonly today: string;
  /** A line above the card, such as why a press was refused. */
  readonly notice?: string;
}

/**
 * The heads-up as an Adaptive Card 1.5 with Universal Actions: one button per option and
 * "Let's talk", each an `Action.Execute` the bot answers with this card as it now stands, and
 * a `refresh` so a card someone else decided on shows the decision when it is next seen.
 * Once decided, the card shows the decision, who made it and when, and offers no buttons.
 */
export function headsUpCard(input: HeadsUpCardInput): Record<string, unknown> {
  const { data, headsUpId } = input;
  const decided = data.decision !== null;
  const late = !decided && data.decideBy < input.today;
  const ref = { headsUpId };
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    refresh: {
      action: { type: 'Action.Execute', title: 'Refresh', verb: HEADS_UP_VERBS.refresh, data: ref },
      userIds: input.memberObjectIds.map((id) => `8:orgid:${id}`),
    },
    body: [
      ...(input.notice === undefined ? [] : [{ type: 'TextBlock', text: input.notice, wrap: true, color: 'Attention' }]),
      { type: 'TextBlock', text: `Heads-up from ${data.raisedBy.name}`, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: data.risk, wrap: true },
      {
        type: 'FactSet',
        facts: [
          { title: 'By when', value: data.byWhen },
          { title: 'Affects', value: data.affects },
        ],
      },
      ...data.options.map((option, index) => ({
        type: 'TextBlock',
        text: `${index + 1}. ${option.title}${index === data.recommended ? ' (recommended)' : ''}: ${option.cost}`,
        wrap: true,
      })),
      decided
        ? {
            type: 'TextBlock',
            text: `Decided: ${decisionText(data)}, by ${data.decision?.by.name ?? ''} on ${data.decision?.at.slice(0, 10) ?? ''}`,
            weight: 'Bolder',
            color: 'Good',
            wrap: true,
          }
        : { type: 'TextBlock', text: late ? `${decideByText(data.decideBy, input.today)} (late)` : decideByText(data.decideBy, input.today), weight: 'Bolder', color: late ? 'Attention' : 'Default', wrap: true },
      ...(decided ? [] : [{ type: 'Input.Toggle', id: 'createCommitment', title: `Add the chosen option to ${data.raisedBy.name}'s commitments`, value: 'false', valueOn: 'true', valueOff: 'false' }]),
    ],
    actions: decided
      ? []
      : [
          ...data.options.map((option, index) => ({
            type: 'Action.Execute',
            title: `Go with ${index + 1}: ${option.title}`,
            verb: HEADS_UP_VERBS.decide,
            data: { ...ref, option: index },
            ...(index === data.recommended ? { style: 'positive' } : {}),
          })),
          { type: 'Action.Execute', title: "Let's talk", verb: HEADS_UP_VERBS.talk, data: ref, associatedInputs: 'none' },
        ],
  };
}
