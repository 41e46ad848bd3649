import type { FeedbackItem } from '@domain/feedback';

/** Which of my goals, wins and commitments a piece of feedback is about. */
export type FeedbackAbout = Pick<FeedbackItem, 'kind' | 'id'>;

/** How an item is named in the feedback screen's picker and in links to it: `kind:id`. */
export const feedbackItemKey = (item: FeedbackAbout) => `${item.kind}:${item.id}`;

/** The feedback screen with "Ask for feedback" open on `item`. */
export const askFeedbackHref = (item: FeedbackAbout) => `#/feedback?ask=${encodeURIComponent(feedbackItemKey(item))}`;
