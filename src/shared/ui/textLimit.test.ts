import { describe, expect, it } from 'vitest';
import { commitmentInputSchema } from '@domain/commitments';
import { agendaItemUpdateSchema, commitmentCommentInputSchema } from '@domain/oneOnOne';
import { winInputSchema } from '@domain/wins';
import { characterCount } from './limitedField';
import { textLimit } from './textLimit';

describe('textLimit', () => {
  it('reads each field’s limit from the contract, through defaults and optionals, the tightest when there are two', () => {
    expect(textLimit(commitmentInputSchema.shape.title)).toBe(200);
    expect(textLimit(commitmentInputSchema.shape.details)).toBe(4000);
    expect(textLimit(winInputSchema.shape.evidenceUrl)).toBe(2000);
    expect(textLimit(agendaItemUpdateSchema.shape.outcome)).toBe(1000);
    expect(textLimit(commitmentCommentInputSchema.shape.text)).toBe(2000);
  });

  it('refuses a field without a limit, rather than inventing one', () => {
    expect(() => textLimit(commitmentInputSchema.shape.sharedInOneOnOne)).toThrow('no maximum length');
  });
});

describe('characterCount', () => {
  it('counts as the contract does and says how many are too many', () => {
    expect(characterCount('abc', 200)).toEqual({ counter: '3 / 200', overBy: 0 });
    expect(characterCount('x'.repeat(5000), 200)).toEqual({ counter: '5,000 / 200', overBy: 4800 });
  });
});
