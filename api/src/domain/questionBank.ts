import { z } from 'zod';

/** What a question in the bank is about; the tab groups the bank by these. */
export const QUESTION_TOPICS = ['priorities', 'workload', 'updates', 'goals', 'feedback'] as const;

/** Stable ids of the bank's questions; an agenda item picked from the bank keeps its id. */
export const QUESTION_IDS = [
  'top-priorities',
  'biggest-worry',
  'take-off-plate',
  'update-style',
  'update-rhythm',
  'goals-connect',
  'recent-work',
  'priority-order',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** One question an employee can bring to their 1:1. */
export const questionSchema = z.object({
  id: z.enum(QUESTION_IDS),
  topic: z.enum(QUESTION_TOPICS),
  text: z.string(),
  /** Why it is worth asking, shown under the question. */
  hint: z.string(),
});

export type Question = z.infer<typeof questionSchema>;

/**
 * Questions for managing up, in our own words. Each one asks the manager about *their*
 * world (what matters to them, what weighs on them) or asks for a check on my own work.
 */
export const QUESTION_BANK: readonly Question[] = [
  {
    id: 'top-priorities',
    topic: 'priorities',
    text: 'Which two or three things matter most to you over the next few weeks?',
    hint: 'Knowing what your manager is measured on lets you point your effort where it counts.',
  },
  {
    id: 'biggest-worry',
    topic: 'priorities',
    text: 'What is worrying you most at the moment?',
    hint: 'A worry you hear about early is one you can help with before it lands on your desk.',
  },
  {
    id: 'take-off-plate',
    topic: 'workload',
    text: 'Is there something you are carrying that I could pick up or move forward for you?',
    hint: 'Offering to take work off their plate is the most direct way to make their week easier.',
  },
  {
    id: 'update-style',
    topic: 'updates',
    text: 'When I update you on my work, what works best for you: a short written note, a quick call, or saving it for our 1:1?',
    hint: 'Some managers read, some listen. Matching their style means your updates actually land.',
  },
  {
    id: 'update-rhythm',
    topic: 'updates',
    text: 'How often would you like to hear from me, and what should I flag straight away rather than wait?',
    hint: 'Agreeing on a rhythm avoids both radio silence and noise.',
  },
  {
    id: 'goals-connect',
    topic: 'goals',
    text: 'Here is what I am aiming for this period. How does it help with what you are trying to achieve, and what would you change?',
    hint: 'Goals that visibly serve your manager’s goals get support and resources.',
  },
  {
    id: 'recent-work',
    topic: 'feedback',
    text: 'Could you give me your honest view on a recent piece of my work: what worked, and what would have made it better?',
    hint: 'Name the piece of work. Specific questions get specific, usable feedback.',
  },
  {
    id: 'priority-order',
    topic: 'feedback',
    text: 'This is the order I am tackling my work in. Would you rank it differently?',
    hint: 'A five-minute check now can save weeks spent on the wrong thing.',
  },
];

/** The bank question with this id. */
export function questionById(id: QuestionId): Question {
  const question = QUESTION_BANK.find((candidate) => candidate.id === id);
  // QUESTION_IDS and QUESTION_BANK are declared together; a unit test keeps them in step.
  if (question === undefined) throw new Error(`Question ${id} is missing from the bank.`);
  return question;
}
