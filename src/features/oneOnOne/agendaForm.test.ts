import { describe, expect, it } from 'vitest';
import { agendaItemInputSchema, agendaItemUpdateSchema, type AgendaItem } from '@domain/oneOnOne';
import { addInput, agendaItemToDraft, discussedInput, updateInput } from './agendaForm';

const item: AgendaItem = {
  id: '01HZZZZZZZZZZZZZZZZZZZZZZZ',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  etag: 'W/"1"',
  title: 'Conference budget',
  notes: 'Two tickets',
  kind: 'topic',
  addedBy: { objectId: 'a', name: 'Avery' },
  position: 1,
  discussed: false,
  outcome: '',
};

describe('agendaForm', () => {
  it('starts empty for a new item and from the item when editing', () => {
    expect(agendaItemToDraft(undefined)).toEqual({ title: '', notes: '', discussed: false, outcome: '' });
    expect(agendaItemToDraft(item)).toEqual({ title: 'Conference budget', notes: 'Two tickets', discussed: false, outcome: '' });
  });

  it('makes bodies the contract accepts', () => {
    const draft = { title: 'Offsite', notes: '', discussed: true, outcome: 'Agreed on May' };
    expect(agendaItemInputSchema.parse(addInput(draft, 'question'))).toMatchObject({ title: 'Offsite', kind: 'question' });
    expect(agendaItemUpdateSchema.parse(updateInput(draft))).toEqual(draft);
  });

  it('lets the contract refuse an empty title', () => {
    expect(agendaItemInputSchema.safeParse(addInput(agendaItemToDraft(undefined), 'topic')).success).toBe(false);
  });

  it('toggles discussed and keeps the rest of the version shown', () => {
    expect(discussedInput({ ...item, outcome: 'Approved' }, true)).toEqual({ title: 'Conference budget', notes: 'Two tickets', discussed: true, outcome: 'Approved' });
  });
});
