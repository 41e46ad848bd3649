import { escapeMarkdown } from '../markdownText';
import { packOutline, type Block, type Run } from './packOutline';
import type { ReviewPack } from './reviewPack';

const PREFIX: Record<Block['kind'], string> = { title: '# ', heading: '## ', subheading: '### ', paragraph: '', bullet: '- ' };

// What would end a link's destination early; the rest of a URL (its own %-escapes too) is kept.
const DESTINATION_BREAKERS = /[\s()<>"\\]/g;
const percentEncoded = (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

function run(part: Run): string {
  // Links are http(s) only (the contract).
  return part.link === undefined ? escapeMarkdown(part.text) : `[${escapeMarkdown(part.text)}](${part.link.replace(DESTINATION_BREAKERS, percentEncoded)})`;
}

/** The pack as Markdown, for an email or a document of the user's own. */
export function reviewPackMarkdown(pack: ReviewPack): string {
  return `${packOutline(pack)
    .map((block) => PREFIX[block.kind] + block.runs.map(run).join(''))
    .join('\n\n')}\n`;
}
