import { describe, expect, it } from 'vitest';
import { planCommitmentNudges } from './commitmentNudges';
import { defaultNudgeSettings, type NudgeSettings } from './nudgeSettings';

const berlin = defaultNudgeSettings('Europe/Berlin');
const plan = (dueDate: string, settings: NudgeSettings, now = '2026-12-01T00:00:00Z') =>
  planCommitmentNudges(dueDate, settings, new Date(now)).map((p) => [p.nudge, p.sendAt.toISOString()]);

describe('planCommitmentNudges', () => {
  it('reminds the day before, on the day and the day after, at the start of working hours in the user zone', () => {
    // 2026-12-09 is a Wednesday.
    expect(plan('2026-12-09', berlin)).toEqual([
      ['dueTomorrow', '2026-12-08T08:00:00.000Z'],
      ['dueToday', '2026-12-09T08:00:00.000Z'],
      ['overdue', '2026-12-10T08:00:00.000Z'],
    ]);
  });

  it('sends "due tomorrow" on the previous UTC day for a zone far east, a day ahead of UTC', () => {
    const auckland = { ...defaultNudgeSettings('Pacific/Auckland'), workingHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] } };
    expect(plan('2026-12-09', auckland)[0]).toEqual(['dueTomorrow', '2026-12-07T19:00:00.000Z']);
  });

  it('skips "due tomorrow" and "due today" on days off, and sends "overdue" on the next working day', () => {
    // Due Monday 2026-12-07: Sunday is off, so no "due tomorrow". Due Saturday: "due tomorrow" on
    // Friday, no "due today", "overdue" on Monday.
    expect(plan('2026-12-07', berlin).map(([nudge]) => nudge)).toEqual(['dueToday', 'overdue']);
    expect(plan('2026-12-12', berlin)).toEqual([
      ['dueTomorrow', '2026-12-11T08:00:00.000Z'],
      ['overdue', '2026-12-14T08:00:00.000Z'],
    ]);
  });

  it('plans nothing when the nudge is off, and nothing already past', () => {
    expect(plan('2026-12-09', { ...berlin, switches: { ...berlin.switches, commitmentDue: false } })).toEqual([]);
    expect(plan('2026-12-09', berlin, '2026-12-09T08:00:00.001Z')).toEqual([['overdue', '2026-12-10T08:00:00.000Z']]);
  });
});
