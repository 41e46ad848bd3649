import { describe, expect, it } from 'vitest';
import { choiceProblem, decide, decideByText, decisionChoiceSchema, decisionText, headsUpInputSchema, isOverdue, listedHeadsUps, newHeadsUpData, snapshotHeadsUps, type HeadsUpData } from './headsUp';
import { HEADS_UP_VERBS, headsUpCard } from './headsUpCard';

const input = {
  risk: 'The vendor API may not be ready for the launch',
  byWhen: '2026-12-15',
  affects: 'The December launch',
  options: [
    { title: 'Delay a week', cost: 'One week of marketing' },
    { title: 'Ship without it', cost: 'Manual exports for a month' },
  ],
  recommended: 1,
  decideBy: '2026-12-10',
};
const avery = { objectId: 'e1', name: 'Avery' };
const morgan = { objectId: 'm1', name: 'Morgan' };

function fieldsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('the heads-up contract', () => {
  it('takes a risk with two to five options and a recommendation among them', () => {
    expect(headsUpInputSchema.parse(input)).toEqual(input);
  });

  it('names each field it refuses', () => {
    expect(fieldsOf(headsUpInputSchema.safeParse({ ...input, options: [input.options[0]], recommended: 0 }))).toEqual(['options']);
    expect(fieldsOf(headsUpInputSchema.safeParse({ ...input, recommended: 2 }))).toEqual(['recommended']);
    expect(fieldsOf(headsUpInputSchema.safeParse({ ...input, risk: ' ', decideBy: '2026-13-01' })).sort()).toEqual(['decideBy', 'risk']);
    expect(fieldsOf(headsUpInputSchema.safeParse({ ...input, options: [{ title: 'A', cost: '' }, { title: 'B', cost: 'x' }] }))).toEqual(['options.0.cost']);
    expect(headsUpInputSchema.safeParse({ ...input, extra: true }).success).toBe(false);
  });

  it('reads a decision: an option (commitment off by default) or a talk', () => {
    expect(decisionChoiceSchema.parse({ choice: 'option', option: 0 })).toEqual({ choice: 'option', option: 0, createCommitment: false });
    expect(decisionChoiceSchema.parse({ choice: 'talk' })).toEqual({ choice: 'talk' });
    expect(decisionChoiceSchema.safeParse({ choice: 'talk', option: 1 }).success).toBe(false);
  });
});

describe('heads-up rules', () => {
  const open = newHeadsUpData(headsUpInputSchema.parse(input), avery);
  const at = new Date('2026-12-09T10:00:00Z');
  const decided: HeadsUpData = { ...open, decision: decide({ choice: 'option', option: 1, createCommitment: true }, morgan, at) };

  it('is overdue only while undecided and past its decide-by date', () => {
    expect(isOverdue(open, '2026-12-10')).toBe(false);
    expect(isOverdue(open, '2026-12-11')).toBe(true);
    expect(isOverdue(decided, '2026-12-11')).toBe(false);
  });

  it('refuses an option the heads-up does not have', () => {
    expect(choiceProblem(open, { choice: 'option', option: 2, createCommitment: false })).toBe('no-such-option');
    expect(choiceProblem(open, { choice: 'talk' })).toBeUndefined();
  });

  it('says the decision in words', () => {
    expect(decisionText(decided)).toBe('Ship without it');
    expect(decisionText({ ...open, decision: decide({ choice: 'talk' }, morgan, at) })).toBe('Talk it through');
    expect(decisionText(open)).toBe('');
  });

  it('lists undecided first by decide-by, then decisions since the last 1:1', () => {
    const later = { ...open, decideBy: '2026-12-20' };
    const oldDecision = { ...open, decision: decide({ choice: 'talk' }, morgan, new Date('2026-11-01T00:00:00Z')) };
    expect(listedHeadsUps([decided, later, oldDecision, open], '2026-11-20T00:00:00Z')).toEqual([open, later, decided]);
    expect(listedHeadsUps([oldDecision], undefined)).toEqual([oldDecision]);
  });

  it('files who decided what in the record', () => {
    const view = { ...decided, id: 'x', createdAt: '', updatedAt: '', etag: '', overdue: false, cardPosted: false };
    expect(snapshotHeadsUps([view])).toEqual([
      { risk: input.risk, decideBy: '2026-12-10', raisedBy: 'Avery', decision: 'Ship without it', decidedBy: 'Morgan', decidedAt: '2026-12-09T10:00:00.000Z' },
    ]);
  });

  it('says "Decision needed by Dec 10", with the year when it is another year', () => {
    expect(decideByText('2026-12-10', '2026-12-01')).toBe('Decision needed by Dec 10');
    expect(decideByText('2027-01-05', '2026-12-01')).toBe('Decision needed by Jan 5, 2027');
  });
});

describe('the heads-up card', () => {
  const open = newHeadsUpData(headsUpInputSchema.parse(input), avery);

  it('offers one Action.Execute per option and a talk, and refreshes for both members', () => {
    const card = headsUpCard({ headsUpId: 'h1', data: open, memberObjectIds: ['e1', 'm1'], today: '2026-12-01' });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', refresh: { action: { type: 'Action.Execute', verb: HEADS_UP_VERBS.refresh, data: { headsUpId: 'h1' } }, userIds: ['8:orgid:e1', '8:orgid:m1'] } });
    const actions = card.actions as { verb: string; data: Record<string, unknown> }[];
    expect(actions.map((action) => action.verb)).toEqual([HEADS_UP_VERBS.decide, HEADS_UP_VERBS.decide, HEADS_UP_VERBS.talk]);
    expect(actions[1]?.data).toEqual({ headsUpId: 'h1', option: 1 });
    expect(JSON.stringify(card)).toContain('Decision needed by Dec 10');
  });

  it('once decided shows the decision, who and when, and no buttons', () => {
    const decided = { ...open, decision: decide({ choice: 'option', option: 0, createCommitment: false }, morgan, new Date('2026-12-09T10:00:00Z')) };
    const card = headsUpCard({ headsUpId: 'h1', data: decided, memberObjectIds: [], today: '2026-12-11' });
    expect(card.actions).toEqual([]);
    expect(JSON.stringify(card)).toContain('Decided: Delay a week, by Morgan on 2026-12-09');
    expect(JSON.stringify(card)).not.toContain('Input.Toggle');
  });

  it('marks an undecided heads-up past its date as late', () => {
    expect(JSON.stringify(headsUpCard({ headsUpId: 'h1', data: open, memberObjectIds: [], today: '2026-12-11' }))).toContain('(late)');
  });
});
