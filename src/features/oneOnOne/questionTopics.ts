import type { Question } from '@domain/questionBank';

/** Headings for the question bank's topics, in the order the page shows them. */
export const TOPIC_LABELS: Record<Question['topic'], string> = {
  priorities: 'What matters to your manager',
  workload: 'Their workload',
  updates: 'How they like updates',
  goals: 'Your goals',
  feedback: 'Feedback on your work',
};

/** The bank grouped by topic, in {@link TOPIC_LABELS} order; empty topics are left out. */
export function groupByTopic(bank: readonly Question[]): { topic: Question['topic']; label: string; questions: Question[] }[] {
  return (Object.keys(TOPIC_LABELS) as Question['topic'][])
    .map((topic) => ({ topic, label: TOPIC_LABELS[topic], questions: bank.filter((question) => question.topic === topic) }))
    .filter((group) => group.questions.length > 0);
}
