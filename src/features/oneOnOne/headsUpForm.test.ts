import { describe, expect, it } from 'vitest';
import { EMPTY_HEADS_UP, headsUpFromDraft, optionRowsAllow } from './headsUpForm';

describe('the heads-up form', () => {
  it('says what to do for each empty field', () => {
    const result = headsUpFromDraft(EMPTY_HEADS_UP);
    expect('errors' in result && result.errors).toMatchObject({
      risk: 'Say what may go wrong.',
      byWhen: 'Pick the date it would happen by.',
      affects: 'Say what this affects.',
      'options.0.title': 'Name this option.',
      'options.1.cost': 'Say what this option costs.',
      recommended: 'Pick the option you recommend.',
      decideBy: 'Pick the date you need a decision by.',
    });
  });

  it('turns a filled draft into the contract input', () => {
    const draft = { risk: 'Vendor slips', byWhen: '2026-12-15', affects: 'Launch', options: [{ title: 'Wait', cost: 'A week' }, { title: 'Go', cost: 'Manual work' }], recommended: '1', decideBy: '2026-12-10' };
    expect(headsUpFromDraft(draft)).toEqual({ input: { ...draft, recommended: 1 } });
  });

  it('keeps between two and five options', () => {
    expect(optionRowsAllow(2)).toEqual({ add: true, remove: false });
    expect(optionRowsAllow(5)).toEqual({ add: false, remove: true });
  });
});
