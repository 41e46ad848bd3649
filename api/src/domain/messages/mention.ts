import { Parser } from 'htmlparser2';
import { htmlToText, MAX_HTML_INPUT } from './htmlToText';

/** A mention as a Teams message lists it: the `<at id>` it belongs to and, for a person, who that is. */
export interface MentionInfo {
  /** The `id` of the `<at>` element in the body (Teams sends a number). */
  readonly id: string | number | undefined;
  /** Set only when the mention names a person: apps, tags, channels and "everyone" have none. */
  readonly userId: string | undefined;
}

/** The person a message starts by mentioning, and the message's text without that mention. */
export interface LeadingMention {
  readonly userId: string;
  /** The name as the message shows it. */
  readonly name: string;
  /** The plain text after the mention, with the separator after it (",", ":", "-") dropped. */
  readonly rest: string;
}

/** Elements a message body may open with before its first words. */
const WRAPPERS = new Set(['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'u']);

const SEPARATOR_AFTER_MENTION = /^[\s,:;\-–—]+/u;

/**
 * The person a message opens with, as in "<at>Bob Manager</at> I'll send the deck by Friday":
 * to whom a promise was made. Teams may split one person's name into several adjacent `<at>`
 * elements (one per word, each listed with the same person), so those count as one mention.
 * Undefined when the message starts with anything else, or with a mention that is not a person.
 */
export function leadingMention(html: string, mentions: readonly MentionInfo[]): LeadingMention | undefined {
  const input = html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html;
  const people = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.id !== undefined && mention.userId !== undefined) people.set(String(mention.id), mention.userId);
  }

  let userId: string | undefined;
  let start = -1;
  let end = -1;
  const names: string[] = [];
  let current = '';
  let inMention = false;
  let done = false;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (done) return;
        if (inMention) return;
        if (name !== 'at') {
          // Wrappers may open before the mention; after it, any other element ends the mention.
          if (userId !== undefined || !WRAPPERS.has(name)) done = true;
          return;
        }
        const person = people.get(attribs.id ?? '');
        if (person === undefined || (userId !== undefined && person !== userId)) {
          done = true;
          return;
        }
        userId = person;
        if (start < 0) start = parser.startIndex;
        inMention = true;
      },
      ontext(data) {
        if (done) return;
        if (inMention) current += data;
        else if (data.trim() !== '') done = true;
      },
      onclosetag(name) {
        if (done || !inMention || name !== 'at') return;
        inMention = false;
        names.push(current);
        current = '';
        end = parser.endIndex + 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();

  const name = names.join(' ').replace(/\s+/g, ' ').trim();
  if (userId === undefined || start < 0 || end <= start || name === '') return undefined;
  const rest = htmlToText(input.slice(0, start) + input.slice(end)).replace(SEPARATOR_AFTER_MENTION, '');
  return { userId, name, rest };
}
