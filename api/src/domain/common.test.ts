import { describe, expect, it } from 'vitest';
import { cursorSchema, longTextSchema, shortTextSchema, titleSchema } from './common';

const SURROGATE = 'Contains an unpaired UTF-16 surrogate, which is not a character.';

describe('the shared text schemas', () => {
  it.each([
    ['a title', titleSchema],
    ['a short text', shortTextSchema],
    ['a long text (notes, comments)', longTextSchema],
  ])('%s refuses a lone high or low surrogate and keeps a pair', (_label, schema) => {
    for (const text of ['\ud800', 'end \ud83d', '\udfff start', 'swapped \ude80\ud83d']) {
      expect(schema.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([SURROGATE]);
    }
    expect(schema.parse('launch 🚀 مرحبا')).toBe('launch 🚀 مرحبا');
  });
});

describe('the list cursor', () => {
  const encode = (token: unknown) => btoa(JSON.stringify(token));

  it('takes the shape the store hands out', () => {
    expect(cursorSchema.safeParse(encode({ nextPartitionKey: 'tenant_user', nextRowKey: 'goal_01ABC' })).success).toBe(true);
    expect(cursorSchema.safeParse(encode({ nextPartitionKey: 'tenant_user' })).success).toBe(true);
  });

  it.each([
    ['not base64', 'garbage!'],
    ['a NUL', '\u0000'],
    ['base64 of text', btoa('hello')],
    ['a JSON array', encode(['a'])],
    ['a number key', encode({ nextPartitionKey: 7 })],
    ['an extra field', encode({ nextPartitionKey: 'p', filter: 'true' })],
    ['a control character in a key', encode({ nextPartitionKey: 'p', nextRowKey: 'a\u0001' })],
    ['too long', 'A'.repeat(2004)],
  ])('refuses %s', (_label, cursor) => {
    expect(cursorSchema.safeParse(cursor).success).toBe(false);
  });
});
