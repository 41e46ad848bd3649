import * as chrono from 'chrono-node';
import type { ParsedResult, Parser } from 'chrono-node';

/**
 * Finds a due date in a chat message with chrono-node, in the message's language (then English),
 * and gives it the meaning people intend in a chat (weeks start on Monday):
 *
 * - "today", "tonight", "EOD", "COB", "end of (the) day", "this morning": today; "tomorrow", "tmrw": today + 1.
 * - "<weekday>", "on <weekday>": the next such day strictly after today (said on a Friday, "Friday" is next week's).
 * - "by / until / till / due / this <weekday>" ("bis Freitag", "d'ici vendredi", "hasta el viernes",
 *   "até sexta-feira", "voor vrijdag", "金曜日まで"): the next such day on or after today.
 * - "next <weekday>", "<weekday> next week": that day in next week.
 * - "last / since / past / previous / every <weekday>" is not a due date; abbreviated English weekdays
 *   ("fri") count only after by/on/this/next/until/till/due, since "sat" and "sun" are words.
 * - "EOW", "end of (the) week", "this week": this week's Friday; "next week", "end of next week": next week's Friday.
 * - "EOM", "end of (the) month": the last day of this month; "end of next month": the last day of next month.
 * - "in N days|weeks|months", "N days from now", "3 June", "June 3, 2027", "2027-06-03": that date.
 *   A date already past, a date that does not exist, or one with no day ("June 2027", "in 3 years") is none.
 * - Slash dates ("6/3") are never read: day-first or month-first is a guess.
 *
 * The first valid date in the text wins.
 */

/** Only this much of a message is searched for a due date, to bound the work. */
export const MAX_DUE_DATE_SCAN = 100_000;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC), so date arithmetic is plain integer arithmetic. */
type EpochDay = number;

interface Today {
  day: EpochDay;
  year: number;
  /** 1 = January. */
  month: number;
  date: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** The calendar date ("YYYY-MM-DD") of an instant in an IANA time zone; UTC when the zone is missing or unknown. */
export function calendarDateIn(now: Date, timeZone: string | undefined): string | undefined {
  const today = todayIn(now, timeZone);
  return today === undefined ? undefined : formatDay(today.day);
}

/**
 * The due date a message names, as "YYYY-MM-DD" in the user's time zone (UTC when the zone is
 * missing or unknown), or undefined when it names none. `locale` (a BCP 47 tag such as "de-DE")
 * picks the language tried first; English is always tried after it. See the module comment.
 */
export function parseDueDate(text: string, now: Date, timeZone: string | undefined, locale?: string): string | undefined {
  const today = todayIn(now, timeZone);
  if (today === undefined) return undefined;
  const haystack = text.length > MAX_DUE_DATE_SCAN ? text.slice(0, MAX_DUE_DATE_SCAN) : text;
  // chrono reads the date in UTC at midnight of the user's today: its "this morning" is then still today,
  // and the calendar date it returns is the user's, whatever the server's zone.
  const reference = { instant: new Date(today.day * DAY_MS), timezone: 'UTC' };
  for (const language of languagesFor(locale)) {
    for (const result of language.parser.parse(haystack, reference, { forwardDate: true })) {
      const day = dueDay(result, haystack, today, language);
      if (day !== undefined) return formatDay(day);
    }
  }
  return undefined;
}

function resolveZone(timeZone: string | undefined): string {
  if (timeZone === undefined || timeZone.trim() === '') return 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function todayIn(now: Date, timeZone: string | undefined): Today | undefined {
  if (Number.isNaN(now.getTime())) return undefined;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: resolveZone(timeZone),
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let era = 'AD';
  let year = Number.NaN;
  let month = Number.NaN;
  let date = Number.NaN;
  for (const part of format.formatToParts(now)) {
    if (part.type === 'era') era = part.value;
    else if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') date = Number(part.value);
  }
  if (era !== 'AD' || !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(date)) return undefined;
  const day = toDay(year, month, date);
  if (day === undefined) return undefined;
  return { day, year, month, date, weekday: isoWeekday(day) };
}

/** The epoch day of a calendar date, or undefined when that date does not exist. */
function toDay(year: number, month: number, date: number): EpochDay | undefined {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, date);
  return Math.round(d.getTime() / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

function isoWeekday(day: EpochDay): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function formatDay(day: EpochDay): string | undefined {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function endOfMonth(today: Today, monthsAhead: number): EpochDay | undefined {
  const index = today.year * 12 + (today.month - 1) + monthsAhead;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDay(year, month, daysInMonth(year, month));
}

/** Days from today to `weekday`, 0 allowed when `includeToday`, otherwise 1–7. */
function daysUntil(today: Today, weekday: number, includeToday: boolean): number {
  const delta = (weekday - today.weekday + 7) % 7;
  return delta === 0 && !includeToday ? 7 : delta;
}

function inNextWeek(today: Today, weekday: number): EpochDay {
  const mondayOfNextWeek = today.day + (8 - today.weekday);
  return mondayOfNextWeek + (weekday - 1);
}

function endOfWeek(today: Today): EpochDay {
  return today.day + daysUntil(today, 5, true);
}


function todayOf(day: EpochDay): Today {
  const d = new Date(day * DAY_MS);
  return { day, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: isoWeekday(day) };
}

/** How one language says what chrono leaves open: which weekdays are deadlines, which weeks are meant. */
interface Language {
  readonly parser: chrono.Chrono;
  /** Ends the text just before a weekday that is a deadline, so the day itself counts ("by Friday"). */
  readonly deadlineBefore?: RegExp;
  /** Starts the text just after such a weekday, for languages that say it there ("金曜日まで"). */
  readonly deadlineAfter?: RegExp;
  /** Ends the text just before a weekday that is no due date ("since Monday", "every Tuesday"). */
  readonly notDueBefore?: RegExp;
  /** A match chrono reads as a date that, in a chat, is none ("later in the day" is not "in 1 day"). */
  readonly notDue?: RegExp;
  /** In chrono's match: "this", "next", "last", "week" and "weekend" words. */
  readonly thisWord: RegExp;
  readonly nextWord: RegExp;
  readonly pastWord: RegExp;
  readonly weekWord: RegExp;
  readonly weekendWord: RegExp;
  /** An abbreviated weekday that is also a word ("sat", "sun"), and what must come before it to count. */
  readonly abbreviation?: RegExp;
  readonly abbreviationNeeds?: RegExp;
}

/** Whole words, for letters beyond ASCII too (`\b` only knows ASCII). */
function words(alternatives: string, anchor: '' | 'end' = ''): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})${anchor === 'end' ? '\\s*$' : ''}`, 'iu');
}

/**
 * English gets a parser for office shorthand chrono does not know (EOD, COB, EOW, EOM); the
 * other languages use chrono's casual parsers as they are.
 */
function englishParser(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  const shorthand = (pattern: RegExp, resolve: (today: Today) => EpochDay | undefined): Parser => ({
    pattern: () => pattern,
    extract: (context) => {
      const day = resolve(todayOf(Math.floor(context.reference.instant.getTime() / DAY_MS)));
      if (day === undefined) return null;
      const { year, month, date } = todayOf(day);
      return { year, month, day: date };
    },
  });
  parser.parsers.push(
    shorthand(/\b(?:eod|cob|end\s+of\s+(?:the\s+)?day|end\s+of\s+today|close\s+of\s+(?:the\s+)?business)\b/i, (today) => today.day),
    shorthand(/\b(?:eow|end\s+of\s+(?:the\s+|this\s+)?week)\b/i, endOfWeek),
    shorthand(/\b(?:eom|end\s+of\s+(?:the\s+|this\s+)?month)\b/i, (today) => endOfMonth(today, 0)),
  );
  return parser;
}

const ENGLISH: Language = {
  parser: englishParser(),
  deadlineBefore: words('(?:by|until|till|due)(?:\\s+(?:this|the|on))?', 'end'),
  notDueBefore: words('since|every|each', 'end'),
  notDue: /^in\s+the\s+(?:day|week|month|year)s?$/i,
  thisWord: words('this'),
  nextWord: words('next'),
  pastWord: words('last|past|previous'),
  weekWord: words('week'),
  weekendWord: words('weekend'),
  abbreviation: /^(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?$/i,
  abbreviationNeeds: words('by|on|this|next|until|till|due', 'end'),
};

/** The languages Upward reads besides English, by primary language subtag. */
const LANGUAGES: Readonly<Record<string, Language>> = {
  en: ENGLISH,
  de: {
    parser: chrono.de.casual,
    deadlineBefore: words('(?:bis|spätestens|bis\\s+spätestens)(?:\\s+(?:zum|am|diesen))?', 'end'),
    notDueBefore: words('seit|jeden', 'end'),
    thisWord: words('diese[nmrs]?'),
    nextWord: words('nächste[nmrs]?'),
    pastWord: words('letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?'),
    weekWord: words('woche'),
    weekendWord: words('wochenende'),
  },
  fr: {
    parser: chrono.fr.casual,
    deadlineBefore: words("(?:d['’]ici|avant|pour|jusqu['’]à|jusqu['’]au)(?:\\s+(?:ce|le))?", 'end'),
    notDueBefore: words('depuis|chaque|tous\\s+les', 'end'),
    thisWord: words('ce|cette'),
    nextWord: words('prochaine?'),
    pastWord: words('derni(?:er|ère)'),
    weekWord: words('semaine'),
    weekendWord: words('week-end|weekend'),
  },
  es: {
    parser: chrono.es.casual,
    deadlineBefore: words('(?:hasta|para|antes\\s+del)(?:\\s+(?:el|este))?', 'end'),
    notDueBefore: words('desde(?:\\s+el)?|cada|todos\\s+los', 'end'),
    thisWord: words('est[ea]'),
    nextWord: words('próxim[oa]|que\\s+viene'),
    pastWord: words('pasad[oa]|últim[oa]'),
    weekWord: words('semana'),
    weekendWord: words('fin\\s+de\\s+semana'),
  },
  pt: {
    parser: chrono.pt.casual,
    deadlineBefore: words('(?:até|para)(?:\\s+(?:a|o|esta|este))?', 'end'),
    notDueBefore: words('desde|cada|tod[ao]s\\s+[ao]s', 'end'),
    thisWord: words('est[ea]'),
    nextWord: words('próxim[oa]|que\\s+vem'),
    pastWord: words('passad[oa]|últim[oa]'),
    weekWord: words('semana'),
    weekendWord: words('fim\\s+de\\s+semana'),
  },
  nl: {
    parser: chrono.nl.casual,
    deadlineBefore: words('(?:voor|vóór|uiterlijk|tegen|tot)(?:\\s+deze)?', 'end'),
    notDueBefore: words('sinds|elke|iedere', 'end'),
    thisWord: words('deze'),
    nextWord: words('volgende'),
    pastWord: words('vorige|afgelopen'),
    weekWord: words('week'),
    weekendWord: words('weekend'),
  },
  ja: {
    parser: chrono.ja.casual,
    // Japanese puts the deadline after the day: 金曜日まで ("until Friday"), 金曜日までに ("by Friday").
    deadlineAfter: /^\s*(?:まで|迄)/,
    thisWord: /今週/,
    nextWord: /来週/,
    pastWord: /先週/,
    weekWord: /週/,
    weekendWord: /週末/,
  },
};

/** The message's language first (from a tag such as "de-DE"), then English. */
function languagesFor(locale: string | undefined): Language[] {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const first = LANGUAGES[primary];
  return first === undefined || first === ENGLISH ? [ENGLISH] : [first, ENGLISH];
}

const SLASH_DATE = /\d\s*\/\s*\d/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/**
 * The due day one chrono result names, under the rules of the module comment, or undefined when
 * it names none. chrono's `forwardDate` resolves every weekday to the next one on or after
 * today, even "last Friday"; the rules differ by the words around it, so they are applied here.
 */
function dueDay(result: ParsedResult, haystack: string, today: Today, language: Language): EpochDay | undefined {
  const { text, start } = result;
  if (SLASH_DATE.test(text) || language.notDue?.test(text.trim()) === true) return undefined;
  const before = haystack.slice(Math.max(0, result.index - 40), result.index);
  const after = haystack.slice(result.index + text.length, result.index + text.length + 10);

  if (start.isCertain('weekday') && !start.isCertain('day')) {
    const weekday = start.get('weekday');
    if (weekday === null || language.weekendWord.test(text) || language.pastWord.test(text)) return undefined;
    if (language.notDueBefore?.test(before) === true) return undefined;
    const weekdayWord = text.trim().split(/\s+/).at(-1) ?? '';
    // A match of more than one word carries its own "on", "this" or "next".
    if (language.abbreviation?.test(weekdayWord) === true && language.abbreviationNeeds?.test(before) !== true && !/\s/.test(text.trim())) return undefined;
    // chrono counts Sunday as 0; the helpers count ISO weekdays.
    const iso = weekday === 0 ? 7 : weekday;
    if (language.nextWord.test(text)) return inNextWeek(today, iso);
    const deadline = language.thisWord.test(text) || language.deadlineBefore?.test(before) === true || language.deadlineAfter?.test(after) === true;
    return today.day + daysUntil(today, iso, deadline);
  }

  const aWeek = language.weekWord.test(text) && !language.weekendWord.test(text);
  // chrono makes "next week" a week from today and "end of next week" its Saturday: in a chat both mean its Friday.
  if (aWeek && language.nextWord.test(text)) return inNextWeek(today, 5);
  // chrono gives "this week" no day at all.
  if (aWeek && language.thisWord.test(text) && !start.isCertain('day')) return endOfWeek(today);

  const iso = ISO_DATE.exec(text);
  if (iso !== null && (Number(iso[2]) !== start.get('month') || Number(iso[3]) !== start.get('day'))) return undefined;
  const relative = result.tags().has('result/relativeDate');
  if (!start.isCertain('day') && !(relative && start.isCertain('month'))) return undefined;
  const year = start.get('year');
  const month = start.get('month');
  const date = start.get('day');
  if (year === null || month === null || date === null) return undefined;
  const day = toDay(year, month, date);
  return day !== undefined && day >= today.day ? day : undefined;
}
