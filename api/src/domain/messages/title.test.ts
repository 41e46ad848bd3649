import { describe, it, expect } from 'vitest';
import { deriveTitle, describeAttachments, FALLBACK_TITLE } from './title';

const CARD = 'application/vnd.microsoft.card.adaptive';

describe('describeAttachments', () => {
  it.each([
    { attachments: [], expected: '' },
    { attachments: [{ contentType: 'reference', name: 'report.pdf' }], expected: 'Shared file: report.pdf' },
    { attachments: [{ contentType: 'reference' }], expected: 'Shared a file' },
    { attachments: [{ contentType: CARD }], expected: 'Shared a card' },
    { attachments: [{ contentType: 'application/vnd.microsoft.card.hero', name: 'x' }], expected: 'Shared a card' },
    { attachments: [{ contentType: 'image/png', name: 'image.png' }], expected: 'Shared an image' },
    { attachments: [{ contentType: 'text/html' }], expected: 'Shared an attachment' },
    { attachments: [{}], expected: 'Shared an attachment' },
    { attachments: [{ name: '  Q3\n plan.xlsx ' }], expected: 'Shared file: Q3 plan.xlsx' },
    { attachments: [{ contentType: 'image/png' }, { contentType: 'image/jpeg' }], expected: 'Shared 2 images' },
    { attachments: [{ contentType: 'reference', name: 'a' }, { contentType: 'reference', name: 'b' }], expected: 'Shared 2 files' },
    { attachments: [{ contentType: 'reference', name: 'a' }, { contentType: CARD }], expected: 'Shared 2 attachments' },
    {
      attachments: [{ contentType: 'messageReference' }, { contentType: 'reference', name: 'deck.pptx' }],
      expected: 'Shared file: deck.pptx',
    },
    { attachments: [{ contentType: 'messageReference' }], expected: '' },
  ])('$expected', ({ attachments, expected }) => {
    expect(describeAttachments(attachments)).toBe(expected);
  });
});

describe('deriveTitle', () => {
  it('uses the first non-empty line with whitespace collapsed', () => {
    expect(deriveTitle('\n  \n  I will   send\tthe deck  \nsecond line', '')).toBe('I will send the deck');
  });

  it('keeps a title that fits exactly', () => {
    const text = 'a'.repeat(120);
    expect(deriveTitle(text, '')).toBe(text);
  });

  it('cuts a long line at a word boundary and adds an ellipsis', () => {
    const text = 'I will send the quarterly planning deck to the whole leadership team before the offsite next week';
    const title = deriveTitle(text, '', 40);
    expect(title).toBe('I will send the quarterly planning deck…');
    expect(title.length).toBeLessThanOrEqual(40);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(deriveTitle('alpha beta, gamma delta epsilon', '', 13)).toBe('alpha beta…');
  });

  it('hard-cuts a single long word without splitting an emoji', () => {
    const text = 'x'.repeat(8) + '👍🏽'.repeat(10);
    const title = deriveTitle(text, '', 12);
    expect(title).toBe('xxxxxxxx…');
    expect(deriveTitle('x'.repeat(7) + '👍🏽'.repeat(10), '', 12)).toBe('xxxxxxx👍🏽…');
    const withRoom = deriveTitle('👨‍👩‍👧'.repeat(5), '', 20);
    expect(withRoom).toBe('👨‍👩‍👧'.repeat(2) + '…');
  });

  it('never exceeds the default length of 120', () => {
    const title = deriveTitle('word '.repeat(200), '');
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('falls back to the attachment summary when there is no text', () => {
    expect(deriveTitle('  \n ', 'Shared file: report.pdf')).toBe('Shared file: report.pdf');
    expect(deriveTitle('', describeAttachments([{ contentType: 'image/png' }]))).toBe('Shared an image');
  });

  it('says "Message from chat" when there is nothing at all', () => {
    expect(deriveTitle('', '')).toBe(FALLBACK_TITLE);
    expect(deriveTitle('\n\n', '  ')).toBe('Message from chat');
  });

  it('keeps right-to-left text intact', () => {
    expect(deriveTitle('אשלח את המצגת עד יום שישי\nתודה', '')).toBe('אשלח את המצגת עד יום שישי');
  });

  it('treats nonsense lengths sanely', () => {
    expect(deriveTitle('hello world', '', 0)).toBe('…');
    expect(deriveTitle('hello world', '', Number.NaN)).toBe('hello world');
  });

  it('is quick on a huge text', () => {
    const text = 'first line\n' + 'x'.repeat(100_000);
    const started = performance.now();
    expect(deriveTitle(text, '')).toBe('first line');
    expect(deriveTitle('y'.repeat(100_000), '').length).toBe(120);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
