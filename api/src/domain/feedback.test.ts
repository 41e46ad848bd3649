import { describe, expect, it } from 'vitest';
import { actedOnRefusal, COMMITMENTS_STILL_OPEN, feedbackFigure, feedbackInputSchema, feedbackStatus, median, whatChangedAgendaItem } from './feedback';

const acted = (receivedOn: string, on: string) => ({ receivedOn, resolution: { state: 'actedOn' as const, on, note: 'Sent the agenda a day ahead' } });

describe('the feedback status rule', () => {
  const commitments = [
    { id: 'a', status: 'open' as const },
    { id: 'b', status: 'done' as const },
    { id: 'c', status: 'dropped' as const },
  ];

  it('is open with no commitments, acting while a linked one is open, open again once all are done or dropped', () => {
    expect(feedbackStatus({ commitmentIds: [] }, commitments)).toBe('open');
    expect(feedbackStatus({ commitmentIds: ['a', 'b'] }, commitments)).toBe('acting');
    expect(feedbackStatus({ commitmentIds: ['b', 'c'] }, commitments)).toBe('open');
  });

  it('ignores links to commitments that were deleted', () => {
    expect(feedbackStatus({ commitmentIds: ['gone'] }, commitments)).toBe('open');
  });

  it('follows the resolution I wrote', () => {
    expect(feedbackStatus({ commitmentIds: ['b'], ...acted('2026-10-01', '2026-11-01') }, commitments)).toBe('actedOn');
    expect(feedbackStatus({ commitmentIds: ['a'], resolution: { state: 'setAside', on: '2026-11-01', reason: 'Not mine to fix' } }, commitments)).toBe('setAside');
  });

  it('refuses "acted on" while a linked commitment is open, and nothing else', () => {
    const resolution = acted('2026-10-01', '2026-11-01').resolution;
    expect(actedOnRefusal(resolution, { commitmentIds: ['a'] }, commitments)).toBe(COMMITMENTS_STILL_OPEN);
    expect(actedOnRefusal(resolution, { commitmentIds: ['b', 'c'] }, commitments)).toBeUndefined();
    expect(actedOnRefusal({ state: 'setAside', on: '2026-11-01', reason: 'x' }, { commitmentIds: ['a'] }, commitments)).toBeUndefined();
  });
});

describe('the feedback figure', () => {
  it('counts feedback acted on in the last 180 days and the median days it took', () => {
    const figure = feedbackFigure(
      [acted('2026-11-01', '2026-11-11'), acted('2026-10-01', '2026-10-05'), acted('2026-09-01', '2026-09-21'), acted('2026-01-01', '2026-02-01'), { receivedOn: '2026-11-20' }],
      '2026-12-03',
    );
    expect(figure).toEqual({ actedOn: 3, medianDaysToAct: 10 });
  });

  it('shows no median rather than a made-up one when nothing was acted on', () => {
    expect(feedbackFigure([{ receivedOn: '2026-11-20' }], '2026-12-03')).toEqual({ actedOn: 0 });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeUndefined();
  });
});

describe('the feedback contract', () => {
  const valid = { giver: 'Morgan', receivedOn: '2026-11-20', text: 'Send the agenda earlier.' };

  it('fills in the defaults', () => {
    expect(feedbackInputSchema.parse(valid)).toEqual({ ...valid, question: '', praise: false, origin: 'byHand' });
  });

  it.each([
    ['giver', { ...valid, giver: '  ' }],
    ['text', { ...valid, text: '' }],
    ['receivedOn', { ...valid, receivedOn: '2026-02-30' }],
    ['about.kind', { ...valid, about: { kind: 'priority', id: '01JD0000000000000000000000' } }],
    ['resolution.note', { ...valid, resolution: { state: 'actedOn', on: '2026-11-21', note: ' ' } }],
    ['resolution.on', { ...valid, resolution: { state: 'setAside', on: '2026-11-19', reason: 'Old news' } }],
  ])('names %s when it is wrong', (path, input) => {
    const parsed = feedbackInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('"Tell them what changed"', () => {
  const feedback = { text: 'Send the agenda\nearlier.', giver: 'Morgan', ...acted('2026-11-01', '2026-11-11') };

  it('quotes the suggestion on one line, with what changed as notes, and names the giver only when asked', () => {
    expect(whatChangedAgendaItem(feedback, false)).toEqual({ title: 'You suggested “Send the agenda earlier.”; here is what I changed', notes: 'Sent the agenda a day ahead' });
    expect(whatChangedAgendaItem(feedback, true)?.title).toBe('Morgan, you suggested “Send the agenda earlier.”; here is what I changed');
  });

  it('keeps the title within the agenda\'s limit, and is only for feedback acted on', () => {
    expect(whatChangedAgendaItem({ ...feedback, text: 'x'.repeat(4000), giver: 'y'.repeat(200) }, true)?.title.length).toBeLessThanOrEqual(200);
    expect(whatChangedAgendaItem({ text: 'x', giver: 'Morgan' }, false)).toBeUndefined();
  });
});
