import { z } from 'zod';

/** Who a question is for: the employee asks about managing up, the manager about supporting the employee. */
export const QUESTION_ROLES = ['employee', 'manager'] as const;
export type QuestionRole = (typeof QUESTION_ROLES)[number];

/** What a question in the bank is about; the tab groups the bank by these. The employee's topics come first. */
export const QUESTION_TOPICS = ['priorities', 'success', 'updates', 'timing', 'stressors', 'goals', 'feedback', 'needs', 'volunteering', 'support', 'growth', 'feedbackStyle', 'clarity', 'wellbeing', 'recognition'] as const;

/**
 * Stable ids of the bank's questions; an agenda item picked from the bank keeps its id, so an id
 * once published stays here (old agenda rows and records name it).
 */
export const QUESTION_IDS = [
  'top-priorities',
  'priority-order',
  'team-priorities-change',
  'priority-tradeoff',
  'success-measures',
  'success-looks-like',
  'success-my-part',
  'update-style',
  'update-rhythm',
  'update-detail',
  'update-bad-news',
  'timing-best',
  'timing-interrupt',
  'timing-one-on-one',
  'biggest-worry',
  'take-off-plate',
  'stressor-pressure',
  'stressor-pet-peeve',
  'goals-connect',
  'goals-next-step',
  'goals-skills',
  'goals-visibility',
  'goals-follow-up',
  'recent-work',
  'feedback-one-thing',
  'feedback-followup',
  'feedback-how',
  'needs-support',
  'needs-resources',
  'needs-balance',
  'volunteer-project',
  'volunteer-problem',
  'volunteer-stretch',
  'mgr-take-off-plate',
  'mgr-blockers',
  'mgr-help-needed',
  'mgr-decisions',
  'mgr-workload',
  'mgr-grow',
  'mgr-career-goal',
  'mgr-stretch',
  'mgr-skill',
  'mgr-visibility',
  'mgr-feedback-style',
  'mgr-feedback-for-me',
  'mgr-feedback-enough',
  'mgr-feedback-recent',
  'mgr-priorities-clear',
  'mgr-success',
  'mgr-context',
  'mgr-process',
  'mgr-communication',
  'mgr-wellbeing',
  'mgr-energy',
  'mgr-stress',
  'mgr-balance',
  'mgr-flexibility',
  'mgr-recent-win',
  'mgr-recognition',
  'mgr-credit',
  'mgr-team',
  'mgr-motivation',
  'mgr-stay',
  'mgr-ideas',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];

/** One question a member can bring to their 1:1. */
export const questionSchema = z.object({
  id: z.enum(QUESTION_IDS),
  role: z.enum(QUESTION_ROLES),
  topic: z.enum(QUESTION_TOPICS),
  text: z.string(),
  /** Why it is worth asking, shown under the question. */
  hint: z.string(),
});

export type Question = z.infer<typeof questionSchema>;

type Entry = readonly [id: QuestionId, topic: Question['topic'], text: string, hint: string];

const entries = (role: QuestionRole, list: readonly Entry[]): Question[] => list.map(([id, topic, text, hint]) => ({ id, role, topic, text, hint }));

/** Managing up, in our own words: the manager's priorities and measures of success, how and when they like to hear from you, what weighs on them, your goals, feedback, your needs, and work worth volunteering for. */
const EMPLOYEE_QUESTIONS = entries('employee', [
  ['top-priorities', 'priorities', 'Which two or three things matter most to you over the next few weeks?', 'Knowing what your manager is measured on lets you point your effort where it counts.'],
  ['priority-order', 'priorities', 'This is the order I am tackling my work in. Would you rank it differently?', 'A five-minute check now can save weeks spent on the wrong thing.'],
  ['team-priorities-change', 'priorities', 'Has anything changed in what your own manager expects from our team?', 'Priorities shift above your manager first; hearing it early keeps you ahead.'],
  ['priority-tradeoff', 'priorities', 'If I can only finish one of my current pieces of work this week, which should it be?', 'A forced choice shows what really matters, not what is merely on the list.'],
  ['success-measures', 'success', 'How is our team’s success measured this quarter, and by whom?', 'Your work counts most when it moves the numbers your manager reports on.'],
  ['success-looks-like', 'success', 'What would a great outcome on my current project look like to you?', 'Agreeing on “done and good” up front avoids surprises at the end.'],
  ['success-my-part', 'success', 'Which of your goals could my work help with most right now?', 'Connecting your work to their goals makes it visible and valued.'],
  ['update-style', 'updates', 'When I update you on my work, what works best for you: a short written note, a quick call, or saving it for our 1:1?', 'Some managers read, some listen. Matching their style means your updates actually land.'],
  ['update-rhythm', 'updates', 'How often would you like to hear from me, and what should I flag straight away rather than wait?', 'Agreeing on a rhythm avoids both radio silence and noise.'],
  ['update-detail', 'updates', 'Do you want the headline or the detail when I report on progress?', 'Pitching the level of detail right saves both of you time.'],
  ['update-bad-news', 'updates', 'How would you like me to bring you bad news or a problem?', 'Knowing how they want to hear about trouble makes it easier to raise early.'],
  ['timing-best', 'timing', 'When in your week are you most open to a question or a longer conversation?', 'Asking at a good moment gets a better answer than asking at a busy one.'],
  ['timing-interrupt', 'timing', 'What is worth interrupting you for, and what can wait for our 1:1?', 'A shared line for urgent matters protects their focus and your progress.'],
  ['timing-one-on-one', 'timing', 'Is this 1:1 at the right time and length for you, or should we change it?', 'A meeting at a bad slot gets half their attention.'],
  ['biggest-worry', 'stressors', 'What is worrying you most at the moment?', 'A worry you hear about early is one you can help with before it lands on your desk.'],
  ['take-off-plate', 'stressors', 'Is there something you are carrying that I could pick up or move forward for you?', 'Offering to take work off their plate is the most direct way to make their week easier.'],
  ['stressor-pressure', 'stressors', 'Where is the pressure on you coming from right now?', 'Understanding their pressure explains decisions that might otherwise seem odd.'],
  ['stressor-pet-peeve', 'stressors', 'Is there anything in how work reaches you that makes your week harder?', 'Small habits can cost your manager time; fixing one is an easy win.'],
  ['goals-connect', 'goals', 'Here is what I am aiming for this period. How does it help with what you are trying to achieve, and what would you change?', 'Goals that visibly serve your manager’s goals get support and resources.'],
  ['goals-next-step', 'goals', 'What would I need to show to be ready for the next step in my career?', 'Asking for the bar makes it something you can work towards.'],
  ['goals-skills', 'goals', 'Which skill would make the biggest difference to my work in the next year?', 'Your manager sees your work from a distance; their view of your gaps is valuable.'],
  ['goals-visibility', 'goals', 'Who else should know about my work, and how could I reach them?', 'Being seen beyond your manager helps your career and theirs.'],
  ['goals-follow-up', 'goals', 'How do you like to set goals with me, and how should I keep you posted on what I have committed to?', 'Knowing how they track commitments tells you what “on top of it” looks like to them.'],
  ['recent-work', 'feedback', 'Could you give me your honest view on a recent piece of my work: what worked, and what would have made it better?', 'Name the piece of work. Specific questions get specific, usable feedback.'],
  ['feedback-one-thing', 'feedback', 'What is one thing I could do differently that would help you most?', 'One concrete change is easier to act on than a general review.'],
  ['feedback-followup', 'feedback', 'Last time you suggested a change. Have you noticed a difference since?', 'Closing the loop shows you act on feedback and invites more.'],
  ['feedback-how', 'feedback', 'How would you like me to ask for feedback: in our 1:1, right after a piece of work, or in writing?', 'Asking in the way they find easiest gets you more honest answers.'],
  ['needs-support', 'needs', 'Here is where I am stuck. Could you help me unblock it?', 'Bringing a problem with what you tried and what you need makes help quick.'],
  ['needs-resources', 'needs', 'To finish this well I need time, tools or people. Can we talk about what is possible?', 'Naming what you need openly beats struggling on quietly.'],
  ['needs-balance', 'needs', 'My workload is more than I can do well. Can we agree what to drop or move?', 'Your manager cannot rebalance what they do not know about.'],
  ['volunteer-project', 'volunteering', 'Is there a piece of work coming up that I could take on, that would also help me grow?', 'Volunteering for work that serves both your goals and theirs builds trust and skill.'],
  ['volunteer-problem', 'volunteering', 'Is there a problem the team keeps putting off that I could own?', 'Picking up what others avoid is a reliable way to stand out.'],
  ['volunteer-stretch', 'volunteering', 'I would like to try something new, such as presenting or leading a small project. Where could I start?', 'Asking for a stretch makes it easier for your manager to think of you first.'],
]);

/** Supporting the employee: what to take off their plate, what would help them grow, how they prefer feedback, clarity, wellbeing and recognition. */
const MANAGER_QUESTIONS = entries('manager', [
  ['mgr-take-off-plate', 'support', 'What could I take off your plate this week?', 'Removing one blocker or task often helps more than any advice.'],
  ['mgr-blockers', 'support', 'Is anything blocking you that I could clear?', 'Managers can often unblock in minutes what takes others days.'],
  ['mgr-help-needed', 'support', 'What do you need from me that you are not getting?', 'Asking directly makes it safe to name what is missing.'],
  ['mgr-decisions', 'support', 'Is there a decision you are waiting on from me or someone else?', 'Decisions that wait quietly slow a whole project.'],
  ['mgr-workload', 'support', 'How does your workload feel right now: too much, about right, or room for more?', 'Workload is easier to fix early than after it has worn someone down.'],
  ['mgr-grow', 'growth', 'What would help you grow most over the next few months?', 'Growth someone chooses for themselves keeps them motivated.'],
  ['mgr-career-goal', 'growth', 'Where would you like your career to be in a year or two?', 'Knowing their direction lets you steer work and chances their way.'],
  ['mgr-stretch', 'growth', 'Is there a kind of work you would like to try that you have not had a chance to?', 'A stretch assignment is the cheapest training there is.'],
  ['mgr-skill', 'growth', 'Which skill would you like to build, and how can I help?', 'Offering concrete help turns a wish into a plan.'],
  ['mgr-visibility', 'growth', 'Who should see your work that has not yet, and how can I help with that?', 'Managers can open doors their people cannot open themselves.'],
  ['mgr-feedback-style', 'feedbackStyle', 'How do you prefer to get feedback: straight away, in our 1:1, or in writing?', 'Feedback given the way someone can hear it is feedback that gets used.'],
  ['mgr-feedback-for-me', 'feedbackStyle', 'What is one thing I could do differently as your manager?', 'Asking for feedback yourself makes it normal for both of you.'],
  ['mgr-feedback-enough', 'feedbackStyle', 'Are you getting enough feedback from me to know how you are doing?', 'Silence is often heard as criticism; check it is not.'],
  ['mgr-feedback-recent', 'feedbackStyle', 'Was the feedback I gave you recently useful? What would have made it better?', 'Checking how feedback landed improves the next round.'],
  ['mgr-priorities-clear', 'clarity', 'Are your priorities clear to you, or is anything competing for the top spot?', 'Unclear priorities are the most common cause of wasted effort.'],
  ['mgr-success', 'clarity', 'Do you know what a great result on your current work looks like?', 'Shared expectations prevent surprises on both sides.'],
  ['mgr-context', 'clarity', 'Is there anything about the team’s direction that is unclear or worrying you?', 'People fill gaps in context with guesses; fill them with facts.'],
  ['mgr-process', 'clarity', 'Is any process or meeting wasting your time that we could change?', 'People closest to the work see the friction first.'],
  ['mgr-communication', 'clarity', 'How often would you like to hear from me, and in which way?', 'Matching their rhythm avoids both neglect and micromanagement.'],
  ['mgr-wellbeing', 'wellbeing', 'How are you doing, outside of the work itself?', 'A person who is struggling cannot do their best work; asking shows you care.'],
  ['mgr-energy', 'wellbeing', 'What part of your work gives you energy, and what drains it?', 'Shifting even a little work towards what energises someone pays off.'],
  ['mgr-stress', 'wellbeing', 'Is anything causing you stress that I should know about?', 'Knowing early gives you options; knowing late leaves few.'],
  ['mgr-balance', 'wellbeing', 'Are you able to switch off after work most days?', 'Long-term overwork shows up as mistakes and departures.'],
  ['mgr-flexibility', 'wellbeing', 'Would a change in hours, place or schedule help you work better?', 'Small flexibility often costs little and means a lot.'],
  ['mgr-recent-win', 'recognition', 'What are you proudest of since our last 1:1?', 'Letting people name their wins shows you what they value.'],
  ['mgr-recognition', 'recognition', 'How do you like to be recognised for good work: in public, in private, or in writing?', 'Recognition lands only when it fits the person.'],
  ['mgr-credit', 'recognition', 'Is there work you did that you feel went unnoticed?', 'Unseen effort is a quiet cause of frustration.'],
  ['mgr-team', 'recognition', 'Who on the team has helped you lately and deserves a thank-you?', 'Hearing who helps whom shows you how the team really works.'],
  ['mgr-motivation', 'recognition', 'What would make your work here more rewarding?', 'Asking about motivation keeps you from guessing wrong.'],
  ['mgr-stay', 'recognition', 'What would make you want to stay on this team for the long run?', 'Ask what keeps people before you have to ask why they left.'],
  ['mgr-ideas', 'clarity', 'Do you have an idea for the team that we have not talked about yet?', 'Ideas often wait for an invitation.'],
]);

/** Every question of both roles, in {@link QUESTION_IDS} order. */
export const QUESTION_BANK: readonly Question[] = [...EMPLOYEE_QUESTIONS, ...MANAGER_QUESTIONS];

/** The questions for one role in the 1:1. */
export function questionsFor(role: QuestionRole): Question[] {
  return QUESTION_BANK.filter((question) => question.role === role);
}

/** The bank question with this id. */
export function questionById(id: QuestionId): Question {
  const question = QUESTION_BANK.find((candidate) => candidate.id === id);
  // QUESTION_IDS and QUESTION_BANK are declared together; a unit test keeps them in step.
  if (question === undefined) throw new Error(`Question ${id} is missing from the bank.`);
  return question;
}
