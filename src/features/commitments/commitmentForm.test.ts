import { describe, expect, it } from 'vitest';
import { commitmentInputSchema, type Commitment } from '@domain/commitments';
import { commitmentDraftToInput, commitmentToDraft, withStatus } from './commitmentForm';
import { FUTURE_DONE_MESSAGE } from '@domain/commitments';
import { commitmentFormSchema } from './commitmentSchemas';

const stored: Commitment = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  title: 'Send the slides',
  details: 'The Q3 deck',
  dueDate: '2026-06-12',
  toWhom: 'Morgan',
  status: 'done',
  doneOn: '2026-06-11',
  sharedInOneOnOne: true,
  source: { messageId: '1', linkToMessage: 'https://teams.microsoft.com/l/message/x/1', authorName: 'Morgan' },
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  etag: 'W/"1"',
};

describe('commitmentForm', () => {
  it('starts a new commitment open, undated and unshared', () => {
    expect(commitmentToDraft(undefined)).toEqual({ title: '', details: '', dueDate: '', toWhom: '', sharedInOneOnOne: false, status: 'open', doneOn: '', supportsPriorityId: '' });
  });

  it('leaves out an empty due date and a done date on anything not done', () => {
    const draft = { ...commitmentToDraft(undefined), title: 'Call Sam' };
    expect(commitmentDraftToInput(draft)).toEqual({ title: 'Call Sam', details: '', toWhom: '', status: 'open', sharedInOneOnOne: false });
    expect(commitmentDraftToInput({ ...draft, doneOn: '2026-06-01' })).not.toHaveProperty('doneOn');
    expect(commitmentDraftToInput({ ...draft, dueDate: '2026-06-01', status: 'done', doneOn: '2026-06-02' })).toMatchObject({ dueDate: '2026-06-01', doneOn: '2026-06-02' });
  });

  it('keeps everything but the status when marking done, reopening or dropping; the source is the server’s to keep', () => {
    expect(withStatus({ ...stored, supportsPriorityId: '01JD0000000000000000000000' }, 'done', '2026-06-10')).toMatchObject({ status: 'done', supportsPriorityId: '01JD0000000000000000000000' });
    expect(withStatus(stored, 'open')).toEqual({ title: 'Send the slides', details: 'The Q3 deck', dueDate: '2026-06-12', toWhom: 'Morgan', status: 'open', sharedInOneOnOne: true });
    expect(withStatus(stored, 'dropped')).not.toHaveProperty('doneOn');
    expect(withStatus({ ...stored, status: 'open', doneOn: undefined }, 'done', '2026-06-10')).toMatchObject({ status: 'done', doneOn: '2026-06-10' });
    expect(commitmentInputSchema.safeParse(withStatus(stored, 'open')).success).toBe(true);
  });

  it('lets the contract ask for the date when something is done without one', () => {
    const result = commitmentInputSchema.safeParse(withStatus({ ...stored, doneOn: undefined }, 'done'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['doneOn']);
  });

  it('refuses a done date after today, and accepts today', () => {
    const schema = commitmentFormSchema('2026-06-10');
    const future = schema.safeParse(withStatus(stored, 'done', '2026-06-11'));
    expect(future.success).toBe(false);
    expect(future.error?.issues).toEqual([expect.objectContaining({ path: ['doneOn'], message: FUTURE_DONE_MESSAGE })]);
    expect(schema.safeParse(withStatus(stored, 'done', '2026-06-10')).success).toBe(true);
  });
});
