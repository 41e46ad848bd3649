import { describe, expect, it } from 'vitest';
import { memberList, personLabel, sentenceStart } from './people';

const me = 'aaaa';

describe('people', () => {
  it('calls the viewer "you" whatever the case of their id, and names nameless members politely', () => {
    expect(personLabel({ objectId: 'AAAA', name: 'Avery' }, me)).toBe('you');
    expect(personLabel({ objectId: 'bbbb', name: 'Morgan' }, me)).toBe('Morgan');
    expect(personLabel({ objectId: 'cccc', name: ' ' }, me)).toBe('a chat member');
  });

  it('lists the members with the viewer first', () => {
    expect(memberList([{ objectId: 'bbbb', name: 'Morgan' }, { objectId: 'aaaa', name: 'Avery' }], me)).toBe('you and Morgan');
    expect(memberList([{ objectId: 'bbbb', name: 'Morgan' }, { objectId: 'cccc', name: 'Sam' }, { objectId: 'aaaa', name: 'Avery' }], me)).toBe(
      'you, Morgan and Sam',
    );
    expect(memberList([{ objectId: 'aaaa', name: 'Avery' }], me)).toBe('you');
  });

  it('capitalises the start of a sentence', () => {
    expect(sentenceStart('you')).toBe('You');
  });
});
