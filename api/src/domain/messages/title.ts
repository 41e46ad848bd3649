/** The parts of a Teams message attachment that a title can use. */
export interface AttachmentInfo {
  contentType?: string;
  name?: string;
}

/** Title used when a message has neither text nor attachments. */
export const FALLBACK_TITLE = 'Message from chat';

/** Default longest title, in UTF-16 code units (what the contract's `max` counts). */
export const DEFAULT_TITLE_LENGTH = 120;

const ELLIPSIS = '…';
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/g;

type AttachmentKind = 'file' | 'card' | 'image' | 'other';

function kindOf(contentType: string): AttachmentKind {
  const type = contentType.toLowerCase();
  if (type === 'reference' || type.startsWith('application/vnd.microsoft.teams.file')) return 'file';
  if (type.startsWith('application/vnd.microsoft.card.')) return 'card';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

const SINGLE: Record<AttachmentKind, string> = {
  file: 'Shared a file',
  card: 'Shared a card',
  image: 'Shared an image',
  other: 'Shared an attachment',
};

const PLURAL: Record<AttachmentKind, string> = {
  file: 'files',
  card: 'cards',
  image: 'images',
  other: 'attachments',
};

function oneLine(text: string): string {
  return text.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Summarises a message's attachments in a few words, e.g. "Shared file: report.pdf",
 * "Shared a card", "Shared 2 images", "Shared 3 attachments"; "" when there are none.
 * Quoted replies (`messageReference`) are part of the conversation, not something shared, so they are ignored.
 */
export function describeAttachments(attachments: readonly AttachmentInfo[]): string {
  const shared = attachments.filter((a) => (a.contentType ?? '').toLowerCase() !== 'messagereference');
  const first = shared[0];
  if (first === undefined) return '';
  const kinds = shared.map((a) => kindOf(a.contentType ?? ''));
  if (shared.length === 1) {
    const [kind = 'other'] = kinds;
    const name = oneLine(first.name ?? '');
    // A named file or unknown attachment is best described by its name; cards and images rarely have useful ones.
    if (name !== '' && (kind === 'file' || kind === 'other')) return `Shared file: ${name}`;
    return SINGLE[kind];
  }
  const [firstKind = 'other'] = kinds;
  const sameKind = kinds.every((k) => k === firstKind);
  return `Shared ${shared.length} ${PLURAL[sameKind ? firstKind : 'other']}`;
}

/**
 * A short title for an item logged from a message: the first non-empty line of its text,
 * whitespace collapsed and cut at a word boundary with "…" to fit `maxLength`; the
 * attachment summary when there is no text; "Message from chat" when there is neither.
 */
export function deriveTitle(text: string, attachmentsSummary: string, maxLength: number = DEFAULT_TITLE_LENGTH): string {
  const limit = Math.max(1, Math.floor(Number.isFinite(maxLength) ? maxLength : DEFAULT_TITLE_LENGTH));
  const line = firstLine(text);
  if (line !== '') return truncate(line, limit);
  const summary = oneLine(attachmentsSummary);
  if (summary !== '') return truncate(summary, limit);
  return truncate(FALLBACK_TITLE, limit);
}

function firstLine(text: string): string {
  // A manual scan rather than split('\n'), so a huge text with a short first line costs little.
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = oneLine(text.slice(start, end === -1 ? text.length : end));
    if (line !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts whole graphemes (never half an emoji), preferring the last space, and adds "…". */
function truncate(line: string, limit: number): string {
  if (line.length <= limit) return line;
  const room = limit - ELLIPSIS.length;
  let cut = 0;
  for (const { segment, index } of segmenter.segment(line)) {
    if (index + segment.length > room) break;
    cut = index + segment.length;
  }
  const head = line.slice(0, cut);
  const space = head.lastIndexOf(' ');
  // A word boundary is only worth it when it does not throw away most of the room.
  const atWord = line.charAt(cut) === ' ' ? head : space >= room / 2 ? head.slice(0, space) : head;
  return atWord.replace(/[\s,;:\-–—]+$/u, '') + ELLIPSIS;
}
