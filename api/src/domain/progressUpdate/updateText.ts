import { escapeMarkdown } from '../markdownText';
import { SECTION_HEADINGS, type UpdateSection } from './draftUpdate';

/** A line as it leaves: what was kept of the draft, in its section. */
export interface SentLine {
  readonly section: UpdateSection;
  readonly text: string;
}

/** The kept lines grouped under their headings, in the order the lines came (the draft's style). */
export function updateSections(lines: readonly SentLine[]): { section: UpdateSection; heading: string; lines: string[] }[] {
  const sections: { section: UpdateSection; heading: string; lines: string[] }[] = [];
  for (const line of lines) {
    let group = sections.find((candidate) => candidate.section === line.section);
    if (group === undefined) {
      group = { section: line.section, heading: SECTION_HEADINGS[line.section], lines: [] };
      sections.push(group);
    }
    group.lines.push(line.text);
  }
  return sections;
}

/** The update as plain text, for a chat or an email that takes no formatting. */
export function updatePlainText(title: string, lines: readonly SentLine[]): string {
  const body = updateSections(lines).map((group) => [`${group.heading}:`, ...group.lines.map((text) => `- ${text}`)].join('\n'));
  return `${[title, ...body].join('\n\n')}\n`;
}

/** The update as Markdown; the user's text is escaped, so nothing in it becomes markup. */
export function updateMarkdown(title: string, lines: readonly SentLine[]): string {
  const body = updateSections(lines).map((group) => [`**${group.heading}**`, ...group.lines.map((text) => `- ${escapeMarkdown(text)}`)].join('\n'));
  return `${[`### ${escapeMarkdown(title)}`, ...body].join('\n\n')}\n`;
}
