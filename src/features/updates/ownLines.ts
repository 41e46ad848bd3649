import type { DraftLine } from './draftChoices';

/** Lines I wrote myself, placed after the draft's lines of their section (or at the end when it has none). */
export function withOwnLines(draft: readonly DraftLine[], own: readonly DraftLine[]): DraftLine[] {
  const lines = [...draft];
  for (const line of own) {
    const last = lines.map((candidate) => candidate.section).lastIndexOf(line.section);
    lines.splice(last === -1 ? lines.length : last + 1, 0, line);
  }
  return lines;
}
