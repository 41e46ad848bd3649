/** What an item logged from a chat message becomes: a commitment, a win, an insight about how my manager works, or feedback someone gave me. */
export const LOGGED_KINDS = ['commitment', 'win', 'insight', 'feedback'] as const;
export type LoggedKind = (typeof LOGGED_KINDS)[number];

/** What guessKind looks at: the message's plain text and who wrote and who is logging it. */
export interface GuessKindInput {
  text: string;
  authorAadObjectId: string | undefined;
  loggerAadObjectId: string | undefined;
}

/** Only the start of a message is read: the tone of a message is set early, and this bounds the work. */
const MAX_SCAN = 4_000;

const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri';
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const PROMISE = new RegExp(
  [
    String.raw`\b(?:i|we)'ll\b`,
    String.raw`\b(?:i|we)\s+(?:will|shall|can|could|promise|commit)\b`,
    String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:going\s+to|gonna|on\s+it)\b`,
    String.raw`\bwill\s+do\b`,
    String.raw`\bcan\s+do\b`,
    String.raw`\bon\s+it\b`,
    String.raw`\blet\s+me\b`,
    String.raw`\bleave\s+it\s+with\s+me\b`,
    String.raw`\bconsider\s+it\s+done\b`,
    String.raw`\bi'd\s+be\s+happy\s+to\b`,
    String.raw`\bget\s+back\s+to\s+you\b`,
    String.raw`\b(?:by|before)\s+(?:the\s+)?(?:today|tonight|tomorrow|eod|eow|eom|cob|end\s+of|next\s+\w+|this\s+\w+|${WEEKDAY}|(?:${MONTH})\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH})|\d{4}-\d{2}-\d{2})\b`,
  ].join('|'),
  'i',
);

const PRAISE = new RegExp(
  [
    // "Thanks in advance" closes a request, it does not thank anyone for anything done.
    String.raw`(?<!\bno\s)\bthanks\b(?!\s+in\s+advance)`,
    String.raw`\bthank\s+(?:you|u)\b(?!\s+in\s+advance)`,
    String.raw`\b(?:thx|tysm|ty)\b`,
    String.raw`\b(?:great|good|nice|amazing|awesome|fantastic|excellent|outstanding|brilliant|terrific|stellar)\s+(?:job|work|stuff|effort|presentation|demo|call)\b`,
    String.raw`\bwell\s+done\b`,
    String.raw`\bkudos\b`,
    String.raw`\bcongrat(?:s|ulations)?\b`,
    String.raw`\b(?:amazing|awesome|fantastic|brilliant|impressive|outstanding|superb|phenomenal)\b`,
    String.raw`(?<!(?:would|'d)\s+)\bappreciated?\b`,
    String.raw`\bgrateful\b`,
    String.raw`\bshout[\s-]?out\b`,
    String.raw`\bnailed\s+it\b`,
    String.raw`\byou\s+rock\b`,
    String.raw`\b(?:rock\s?star|lifesaver|life\s+saver|mvp)\b`,
  ].join('|'),
  'i',
);

// Celebration emoji; a skin-tone modifier after a base emoji does not stop a substring match.
const PRAISE_EMOJI = ['🎉', '🎊', '👏', '🙌', '🏆', '🥳', '💯', '🌟', '⭐', '🙏', '🚀'];

const ACHIEVEMENT = new RegExp(
  [
    String.raw`(?<!(?:\bnot|n't|\bnever)\s+(?:yet\s+|been\s+)?)\b(?:shipped|launched|closed|delivered|completed|merged|released|finished|published|deployed|resolved|fixed|signed|exceeded|achieved|landed|won)\b(?!')`,
    String.raw`\bwrapped\s+up\b`,
    String.raw`\bwent\s+live\b`,
    String.raw`\b(?:is|are)\s+(?:now\s+)?live\b`,
    String.raw`\b(?:hit|beat|smashed|met|reached)\s+(?:the|our|my|its|their)\s+(?:\w+\s+)?(?:target|goal|number|quota|deadline|milestone)s?\b`,
    String.raw`\b(?:all|is|it's|its|are|was|were|now|been|got\s+it)\s+done\b`,
    String.raw`^\s*done\b`,
  ].join('|'),
  'i',
);

// A request aimed at the reader: logging it records the reader's promise to do it.
const REQUEST = new RegExp(
  [
    String.raw`\b(?:can|could|would|will)\s+you\b`,
    String.raw`\b(?:if|when)\s+you\s+(?:can|could|get\s+a\s+chance)\b`,
    String.raw`(?:\bwould|'d)\s+appreciate\b`,
    String.raw`\bplease\b`,
    String.raw`\bpls\b`,
    String.raw`\b(?:i|we)\s+need\s+you\s+to\b`,
    String.raw`\bmake\s+sure\s+(?:you|to)\b`,
    String.raw`\bdon't\s+forget\s+to\b`,
  ].join('|'),
  'i',
);

// Someone saying how they like to work ("I prefer email", "I'd rather see numbers first"):
// worth keeping as an insight when that someone is my manager.
const PREFERENCE = new RegExp(
  [
    String.raw`\bi\s+(?:always\s+|really\s+)?prefer\b`,
    String.raw`\bi'd\s+(?:much\s+)?rather\b`,
    String.raw`\bi\s+(?:like|love|hate)\s+it\s+when\b`,
    String.raw`\bi\s+can't\s+stand\b`,
    String.raw`\b(?:my\s+)?pet\s+peeve\b`,
    String.raw`\bthe\s+best\s+way\s+to\s+(?:reach|update|get\s+hold\s+of)\s+me\b`,
  ].join('|'),
  'i',
);

// Advice on how I did or could do better: read only in someone else's message, after praise and preferences.
const SUGGESTION = new RegExp(
  [
    String.raw`\bnext\s+time\b`,
    String.raw`\b(?:you|we)\s+(?:could|should|might)\s+(?:have|try|consider)\b`,
    String.raw`\bit\s+would\s+(?:have\s+)?(?:been|helped|help)\b`,
    String.raw`\b(?:my|some|a\s+bit\s+of|one\s+piece\s+of)\s+feedback\b`,
    String.raw`\bi(?:'d|\s+would)\s+(?:suggest|recommend)\b`,
    String.raw`\bone\s+thing\s+to\s+improve\b`,
  ].join('|'),
  'i',
);

function normalise(text: string): string {
  const head = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  // Teams and phones type curly apostrophes; the patterns are written with straight ones.
  return head.replace(/[\u2018\u2019\u02bc\u2032]/g, "'");
}

function sameUser(a: string | undefined, b: string | undefined): boolean {
  // Entra object ids are GUIDs, which compare case-insensitively.
  return a !== undefined && b !== undefined && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Guesses whether a message being logged is a commitment, a win or an insight about my manager.
 *
 * Written by the person logging: a promise ("I'll", "let me", "by Friday") is a commitment, else a
 * reported achievement ("shipped", "merged", "hit the target") is a win, else a commitment.
 * Written by someone else (or by an unknown author): praise or thanks ("great job", "kudos", 🎉)
 * is a win, else how they like to work ("I prefer email", "I'd rather") is an insight about my
 * manager, else advice on how I did ("next time", "you could have", "my feedback") is feedback,
 * else a request to the reader ("can you", "please") is a commitment, else a win.
 */
export function guessKind(input: GuessKindInput): LoggedKind {
  const text = normalise(input.text);
  if (sameUser(input.authorAadObjectId, input.loggerAadObjectId)) {
    if (PROMISE.test(text)) return 'commitment';
    if (ACHIEVEMENT.test(text)) return 'win';
    return 'commitment';
  }
  if (PRAISE.test(text) || PRAISE_EMOJI.some((emoji) => text.includes(emoji))) return 'win';
  if (PREFERENCE.test(text)) return 'insight';
  if (SUGGESTION.test(text)) return 'feedback';
  if (REQUEST.test(text)) return 'commitment';
  return 'win';
}
