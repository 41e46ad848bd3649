import { describe, expect, it } from 'vitest';
import { titleSchema } from './common';
import { agendaItemInputSchema, agendaItemUpdateSchema } from './oneOnOne';
import { applyAgendaUpdate, newAgendaItemData } from './oneOnOneAgenda';
import { QUESTION_BANK, QUESTION_IDS, questionById } from './questionBank';


const avery = { objectId: 'a', name: 'Avery' };
const morgan = { objectId: 'm', name: 'Morgan' };

describe('agenda input', () => {
  it('a picked question brings its wording and stays a question', () => {
    const input = agendaItemInputSchema.parse({ questionId: 'biggest-worry' });
    expect(newAgendaItemData(input, avery, 4)).toEqual({
      title: questionById('biggest-worry').text,
      notes: '',
      kind: 'question',
      questionId: 'biggest-worry',
      addedBy: avery,
      position: 4,
      discussed: false,
      outcome: '',
    });
  });

  it('needs exactly one of a title and a question', () => {
    expect(agendaItemInputSchema.safeParse({}).success).toBe(false);
    expect(agendaItemInputSchema.safeParse({ title: 'Mine', questionId: 'biggest-worry' }).success).toBe(false);
    expect(agendaItemInputSchema.safeParse({ title: 'Mine' }).success).toBe(true);
  });

  it('an edit keeps who added the item, its place and its history', () => {
    const current = newAgendaItemData(agendaItemInputSchema.parse({ title: 'Old' }), morgan, 7);
    const withHistory = { ...current, carriedOver: { times: 1, from: '2026-03-02' } };
    const updated = applyAgendaUpdate(withHistory, agendaItemUpdateSchema.parse({ title: 'New', discussed: true, outcome: 'Done' }));
    expect(updated).toMatchObject({ title: 'New', discussed: true, outcome: 'Done', addedBy: morgan, position: 7, carriedOver: { times: 1, from: '2026-03-02' } });
  });

  it('an outcome is a short note', () => {
    expect(agendaItemUpdateSchema.safeParse({ title: 'x', outcome: 'y'.repeat(1001) }).success).toBe(false);
  });
});

describe('question bank', () => {
  it('has every declared question exactly once, each short enough to be an agenda title', () => {
    expect(QUESTION_BANK.map((question) => question.id)).toEqual([...QUESTION_IDS]);
    for (const question of QUESTION_BANK) {
      expect(titleSchema.safeParse(question.text).success).toBe(true);
      expect(question.hint.length).toBeGreaterThan(0);
    }
  });
});
