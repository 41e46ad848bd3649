import type { Question } from '@domain/questionBank';

/** Headings for the question bank's topics, in the order the page shows them; each role has its own topics. */
export const TOPIC_LABELS: Record<Question['topic'], string> = {
  priorities: 'Their priorities',
  success: 'How success is measured',
  updates: 'How and how often they like to hear from you',
  timing: 'When they are most open',
  stressors: 'What weighs on them',
  goals: 'Your goals',
  feedback: 'Feedback on your work',
  needs: 'What you need',
  volunteering: 'Work worth volunteering for',
  support: 'What I can take off their plate',
  growth: 'What would help them grow',
  feedbackStyle: 'How they prefer feedback',
  clarity: 'Clear priorities and direction',
  wellbeing: 'How they are doing',
  recognition: 'Recognition and motivation',
};

/** The bank grouped by topic, in {@link TOPIC_LABELS} order; empty topics are left out. */
export function groupByTopic(bank: readonly Question[]): { topic: Question['topic']; label: string; questions: Question[] }[] {
  return (Object.keys(TOPIC_LABELS) as Question['topic'][])
    .map((topic) => ({ topic, label: TOPIC_LABELS[topic], questions: bank.filter((question) => question.topic === topic) }))
    .filter((group) => group.questions.length > 0);
}
