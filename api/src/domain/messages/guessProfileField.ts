import type { ProfileFieldId } from '../manager/profileFields';

/** Only the start of a message is read: what it is about is said early, and this bounds the work. */
const MAX_SCAN = 4_000;

/**
 * Words that place a remark about the manager in one field of "How they work". The order is
 * the order of precedence: the narrower a field, the earlier, so "hates long emails" is an
 * annoyance before it is a channel, and "weekly email" is a cadence before it is a channel.
 */
const FIELD_WORDS: readonly (readonly [ProfileFieldId, RegExp])[] = [
  ['annoyances', /\b(?:hates?|annoy(?:s|ed|ing)?|can't\s+stand|pet\s+peeve|frustrat\w*|drives?\s+(?:them|him|her|me)\s+(?:mad|crazy|nuts)|irritat\w*)\b/i],
  ['feedback', /\b(?:feedback|criticism|critique|praise)\b/i],
  ['order', /\b(?:numbers?|metrics?|data|story|narrative|headline)\s+first\b|\blead\s+with\b/i],
  ['format', /\b(?:bullets?|bullet\s+points?|tl;?dr|one[-\s]pager|summary|summaries|in\s+detail|detailed|short\s+and\s+sweet|keep\s+it\s+(?:short|brief))\b/i],
  ['cadence', /\b(?:daily|weekly|fortnightly|bi-?weekly|monthly|every\s+(?:day|week|other\s+week|two\s+weeks|month|monday|tuesday|wednesday|thursday|friday)|once\s+a\s+(?:day|week|month))\b/i],
  ['channel', /\b(?:e-?mails?|chat|call|phone|ping|dm|slack|text\s+me|in\s+person|face\s+to\s+face|prefers?|rather)\b/i],
  ['openTimes', /\b(?:mornings?|afternoons?|evenings?|lunch|before\s+\d|after\s+\d|best\s+time|don't\s+(?:disturb|interrupt)|avoid|busy|calendar|free\s+on)\b/i],
  ['followUp', /\b(?:okrs?|follow(?:s|ed)?[-\s]?up|check(?:s|ed)?\s+in|commitments?|goals?|track(?:s|ed|ing)?)\b/i],
  ['pressures', /\b(?:pressure|stress(?:ed|ful)?|worried|worry|headcount|budget|deadline|late|behind|escalat\w*|board)\b/i],
];

/**
 * Guesses which "How they work" field a remark about the manager belongs to, from its words
 * ("prefers email" is the channel, "weekly" the cadence, "feedback" feedback); anything else
 * is how they measure success, the profile's first field. The user can always pick another.
 */
export function guessProfileField(text: string): ProfileFieldId {
  // Teams and phones type curly apostrophes; the patterns are written with straight ones.
  const head = text.slice(0, MAX_SCAN).replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
  return FIELD_WORDS.find(([, words]) => words.test(head))?.[0] ?? 'success';
}
