import type { Feedback, FeedbackResolution } from '@domain/feedback';

/** The feedback form's fields as typed; `about` is `kind:id` or empty. */
export interface FeedbackDraft {
  readonly giver: string;
  readonly receivedOn: string;
  readonly text: string;
  readonly question: string;
  readonly about: string;
  readonly praise: boolean;
  /** Kept as it is: the form does not edit how it was closed, the resolve dialog does. */
  readonly resolution: FeedbackResolution | undefined;
  readonly origin: Feedback['origin'];
}

/** The fields the form shows, by their contract paths. */
export const FEEDBACK_FIELDS = ['giver', 'receivedOn', 'text', 'question', 'about', 'about.id', 'about.kind'] as const;

/** A draft of the feedback edited, or of new feedback received today (or answering `question`). */
export function feedbackDraft(feedback: Feedback | undefined, today: string, start: { question?: string; about?: string } = {}): FeedbackDraft {
  return {
    giver: feedback?.giver ?? '',
    receivedOn: feedback?.receivedOn ?? today,
    text: feedback?.text ?? '',
    question: feedback?.question ?? start.question ?? '',
    about: feedback?.about === undefined ? (start.about ?? '') : `${feedback.about.kind}:${feedback.about.id}`,
    praise: feedback?.praise ?? false,
    resolution: feedback?.resolution,
    origin: feedback?.origin ?? 'byHand',
  };
}

/** The request body of a draft, with `resolution` replaced when given. */
export function feedbackInput(draft: FeedbackDraft, resolution: FeedbackResolution | undefined = draft.resolution) {
  const [kind, id] = draft.about.split(':');
  return {
    giver: draft.giver,
    receivedOn: draft.receivedOn,
    text: draft.text,
    question: draft.question,
    praise: draft.praise,
    origin: draft.origin,
    ...(kind === undefined || id === undefined || draft.about === '' ? {} : { about: { kind, id } }),
    ...(resolution === undefined ? {} : { resolution }),
  };
}
