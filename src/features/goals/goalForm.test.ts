import { describe, expect, it } from 'vitest';
import { goalInputSchema, type Goal } from '@domain/goals';
import { goalDraftToInput, goalToDraft } from './goalForm';

const legacy = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Lead a team',
  why: '',
  horizon: '5y',
  status: 'active',
  progress: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: 'e',
} as const;

describe('the goal form and sharing', () => {
  it('keeps a goal stored before sharing existed private, and sends the switch as set', () => {
    // Stored rows are not parsed on read, so an old goal arrives without the field at all.
    const draft = goalToDraft(legacy as unknown as Goal);
    expect(draft.sharedInOneOnOne).toBe(false);
    expect(goalInputSchema.parse(goalDraftToInput({ ...draft, sharedInOneOnOne: true })).sharedInOneOnOne).toBe(true);
    expect(goalInputSchema.parse(goalDraftToInput(draft)).sharedInOneOnOne).toBe(false);
  });

  it('defaults to private when a client sends no switch at all', () => {
    expect(goalInputSchema.parse({ title: 'x', horizon: '1y' }).sharedInOneOnOne).toBe(false);
  });
});
