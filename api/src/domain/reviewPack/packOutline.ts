import type { ReviewPack } from './reviewPack';

/** A piece of text, optionally a link (evidence). */
export interface Run {
  readonly text: string;
  readonly link?: string;
}

/** One block of the pack as every format writes it: a heading, a paragraph or a bullet. */
export interface Block {
  readonly kind: 'title' | 'heading' | 'subheading' | 'paragraph' | 'bullet';
  readonly runs: readonly Run[];
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const day = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));
const plain = (text: string): Run => ({ text });

/** The follow-through figure of a pack in words, as the files and the tab's preview say it. */
export function followThroughSentence(pack: Pick<ReviewPack, 'followThrough'>): string {
  const { due, doneOnTime, rate } = pack.followThrough;
  if (rate === null) return 'Follow-through: nothing with a due date was due in this period.';
  return `Follow-through: ${String(doneOnTime)} of ${String(due)} commitments due in this period done on time (${String(Math.round(rate * 100))}%).`;
}

/**
 * The pack's wording and order, once, for every format (.docx, Markdown, the print view):
 * each renderer only decides how a block looks. User text stays in runs, never in markup,
 * so each renderer escapes it its own way.
 */
export function packOutline(pack: ReviewPack): Block[] {
  const blocks: Block[] = [
    { kind: 'title', runs: [plain(`Review pack: ${pack.owner}`)] },
    { kind: 'paragraph', runs: [plain(`${day(pack.from)} to ${day(pack.to)}`)] },
    { kind: 'heading', runs: [plain('Wins')] },
  ];
  if (pack.goals.length === 0) blocks.push({ kind: 'paragraph', runs: [plain('No wins in this period.')] });
  for (const group of pack.goals) {
    blocks.push({ kind: 'subheading', runs: [plain(group.goal === null ? 'Other wins' : `${group.goal.title} (goal, ${String(group.goal.progress)}% ${group.goal.status})`)] });
    for (const win of group.wins) {
      const runs: Run[] = [plain(`${day(win.date)}: ${win.title}`)];
      if (win.impact !== '') runs.push(plain(`. Impact: ${win.impact}`));
      if (win.evidenceUrl !== undefined) runs.push(plain(' '), { text: 'Evidence', link: win.evidenceUrl });
      blocks.push({ kind: 'bullet', runs });
    }
  }
  blocks.push({ kind: 'heading', runs: [plain('Commitments kept')] }, { kind: 'paragraph', runs: [plain(followThroughSentence(pack))] });
  if (pack.commitmentsKept.length === 0) blocks.push({ kind: 'paragraph', runs: [plain('No commitments done in this period.')] });
  for (const kept of pack.commitmentsKept) {
    const toWhom = kept.toWhom === '' ? '' : ` (to ${kept.toWhom})`;
    const due = kept.dueDate === undefined ? '' : `, due ${day(kept.dueDate)}${kept.onTime ? '' : ', late'}`;
    blocks.push({ kind: 'bullet', runs: [plain(`${day(kept.doneOn)}: ${kept.title}${toWhom}${due}`)] });
  }
  blocks.push({ kind: 'heading', runs: [plain('Feedback acted on')] });
  if (pack.feedbackActedOn.length === 0) blocks.push({ kind: 'paragraph', runs: [plain('No feedback acted on in this period.')] });
  for (const item of pack.feedbackActedOn) {
    blocks.push({ kind: 'bullet', runs: [plain(`${day(item.actedOn)}: “${item.text}” What I changed: ${item.whatChanged}`)] });
  }
  return blocks;
}
