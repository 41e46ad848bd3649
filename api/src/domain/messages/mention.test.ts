import { describe, it, expect } from 'vitest';
import { leadingMention, type MentionInfo } from './mention';

const BOB = 'b0b00000-0000-4000-8000-000000000001';
const CAROL = 'ca201000-0000-4000-8000-000000000002';
const bob: MentionInfo = { id: 0, userId: BOB };

describe('leadingMention', () => {
  it('takes the person a promise opens with, and keeps the title to the promise', () => {
    expect(leadingMention("<at id=\"0\">Bob Manager</at> I'll send the revised Q3 deck by Friday", [bob])).toEqual({
      userId: BOB,
      name: 'Bob Manager',
      rest: "I'll send the revised Q3 deck by Friday",
    });
  });

  it('reads a mention inside the paragraph Teams wraps the body in, and drops the separator after it', () => {
    expect(leadingMention('<p><at id="0">Bob</at>, I&#39;ll do it</p>', [bob])).toMatchObject({ name: 'Bob', rest: "I'll do it" });
    expect(leadingMention('<div>&nbsp;<at id="0">Bob</at>: on it</div>', [bob])).toMatchObject({ name: 'Bob', rest: 'on it' });
  });

  it('joins the per-word mentions Teams sends for one person into one name', () => {
    const mentions = [
      { id: 0, userId: BOB },
      { id: 1, userId: BOB },
    ];
    expect(leadingMention('<p><at id="0">Bob</at>&nbsp;<at id="1">Manager</at> will send it</p>', mentions)).toEqual({
      userId: BOB,
      name: 'Bob Manager',
      rest: 'will send it',
    });
  });

  it('keeps a second person mentioned right after the first in the text', () => {
    const mentions = [bob, { id: 1, userId: CAROL }];
    expect(leadingMention('<at id="0">Bob</at> <at id="1">Carol</at> I will send it', mentions)).toMatchObject({
      name: 'Bob',
      rest: 'Carol I will send it',
    });
  });

  it.each([
    ['a mention later in the text', 'Thanks <at id="0">Bob</at> for the deck', [bob]],
    ['a mention that is not a person (app, tag, channel)', '<at id="0">General</at> I will send it', [{ id: 0, userId: undefined }]],
    ['a mention not listed in the message', '<at id="3">Bob</at> I will send it', [bob]],
    ['text before the mention', 'Hi <at id="0">Bob</at>', [bob]],
    ['an image before the mention', '<img alt="x"><at id="0">Bob</at> hi', [bob]],
    ['an empty mention', '<at id="0"></at> hi', [bob]],
    ['no mention', 'I will send it', []],
  ])('is undefined for %s', (_label, html, mentions) => {
    expect(leadingMention(html, mentions)).toBeUndefined();
  });

  it('leaves an empty rest when the message is only the mention', () => {
    expect(leadingMention('<p><at id="0">Bob Manager</at></p>', [bob])).toMatchObject({ name: 'Bob Manager', rest: '' });
  });
});
