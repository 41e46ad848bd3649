import { Parser } from 'htmlparser2';

/** Input beyond this many characters is ignored, so a hostile body cannot make us work without bound. */
export const MAX_HTML_INPUT = 100_000;

/** Elements whose whole content is dropped: code, styling, embedded documents. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'title',
  'head',
  'svg',
  'math',
]);

/** Elements whose text keeps its whitespace exactly (Teams sends code blocks as `<codeblock>`). */
const PREFORMATTED = new Set(['pre', 'code', 'codeblock', 'xmp', 'plaintext', 'textarea']);

/** Elements that start and end on a line of their own. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'codeblock',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'details',
  'summary',
  'form',
  'fieldset',
]);

// Tab, newline and carriage return are the only C0 controls plain text (and Table Storage) wants.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;
const HTTP_URL = /^https?:\/\/[^\s<>"]+$/i;

interface OpenLink {
  href: string | undefined;
  /** Index in the output chunks where the link's text starts. */
  start: number;
  /** Characters written before the link's text. */
  offset: number;
}

interface OpenList {
  ordered: boolean;
  next: number;
}

/**
 * Turns the HTML body of a Teams message into readable plain text with no markup left:
 * mentions become the person's name, blocks and `<br>` become line breaks, entities are
 * decoded, images and attachments become short placeholders, code keeps its whitespace,
 * and the content of scripts, styles and embedded documents is dropped.
 */
export function htmlToText(html: string): string {
  const input = capInput(html);
  const chunks: string[] = [];
  // The last character written, so whitespace can be collapsed across text events as a browser would.
  let last = '\n';
  let written = 0;
  // True while the current line holds only a list marker, so a block inside `<li>` stays on the marker's line.
  let bareLine = false;
  let dropDepth = 0;
  let preDepth = 0;
  let cellIndex = 0;
  const links: OpenLink[] = [];
  const lists: OpenList[] = [];

  const write = (text: string): void => {
    if (text === '') return;
    chunks.push(text);
    written += text.length;
    last = text.charAt(text.length - 1);
    bareLine = false;
  };
  const newline = (): void => {
    if (last !== '\n' && !bareLine) write('\n');
  };
  const marker = (text: string): void => {
    write(text);
    bareLine = true;
  };
  const writeInline = (raw: string): void => {
    let text = raw.replace(HTML_WHITESPACE, ' ');
    if (text.startsWith(' ') && (last === ' ' || last === '\n')) text = text.slice(1);
    write(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropDepth > 0 || DROPPED.has(name)) {
          dropDepth++;
          return;
        }
        if (PREFORMATTED.has(name)) preDepth++;
        if (BLOCKS.has(name)) newline();
        switch (name) {
          case 'br':
            write('\n');
            break;
          case 'img':
            writeInline(imagePlaceholder(attribs));
            break;
          case 'attachment':
            // Teams' empty placeholder for a card or file shared with the message.
            writeInline(' [attachment] ');
            break;
          case 'emoji':
            writeInline(attribs.alt ?? '');
            break;
          case 'ul':
          case 'ol':
            lists.push({ ordered: name === 'ol', next: parseStart(attribs.start) });
            break;
          case 'li': {
            const list = lists.at(-1);
            marker(list?.ordered ? `${list.next++}. ` : '- ');
            break;
          }
          case 'tr':
            cellIndex = 0;
            break;
          case 'td':
          case 'th':
            if (cellIndex++ > 0) write(' | ');
            break;
          case 'a':
            links.push({ href: attribs.href?.trim(), start: chunks.length, offset: written });
            break;
        }
      },
      ontext(data) {
        if (dropDepth > 0) return;
        if (preDepth > 0) write(data.replace(/\r\n?/g, '\n'));
        else writeInline(data);
      },
      onclosetag(name) {
        if (dropDepth > 0) {
          dropDepth--;
          return;
        }
        if (PREFORMATTED.has(name)) preDepth--;
        if (BLOCKS.has(name)) newline();
        if (name === 'ul' || name === 'ol') lists.pop();
        if (name === 'a') {
          const link = links.pop();
          if (link) closeLink(link, chunks, written, writeInline);
        }
      },
    },
    // Self-closing tags must close, or a stray `<attachment/>` would swallow the rest of its parent.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();

  return normalise(chunks.join(''));
}

function capInput(html: string): string {
  if (html.length <= MAX_HTML_INPUT) return html;
  const cut = html.slice(0, MAX_HTML_INPUT);
  // Never leave half a surrogate pair at the cut.
  const lastCode = cut.charCodeAt(cut.length - 1);
  return lastCode >= 0xd800 && lastCode <= 0xdbff ? cut.slice(0, -1) : cut;
}

function imagePlaceholder(attribs: Record<string, string>): string {
  const alt = (attribs.alt ?? '').replace(HTML_WHITESPACE, ' ').trim();
  // Teams sends emoji as images whose alt text is the emoji itself.
  const isEmoji = /emoji/i.test(attribs.itemtype ?? '') || /\bemoji\b/i.test(attribs.class ?? '');
  if (isEmoji && alt !== '') return alt;
  return alt === '' ? ' [image] ' : ` [image: ${alt}] `;
}

function parseStart(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isSafeInteger(n) ? n : 1;
}

/** Adds the address after a link's text, unless the text already says it or it is not a web address. */
function closeLink(link: OpenLink, chunks: readonly string[], written: number, writeInline: (text: string) => void): void {
  const { href } = link;
  if (href === undefined || !HTTP_URL.test(href)) return;
  // Text much longer than the address cannot be the address; not joining it keeps nested links linear.
  if (written - link.offset > href.length + 16) {
    writeInline(` (${href})`);
    return;
  }
  const text = chunks.slice(link.start).join('').replace(HTML_WHITESPACE, ' ').trim();
  if (text === '') writeInline(href);
  else if (!sameAddress(text, href)) writeInline(` (${href})`);
}

function sameAddress(text: string, href: string): boolean {
  const bare = (s: string): string => s.toLowerCase().replace(/^https?:\/\//, '').replace(/\/$/, '');
  return bare(text) === bare(href);
}

function normalise(text: string): string {
  return text
    .replace(CONTROL_CHARS, '')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
