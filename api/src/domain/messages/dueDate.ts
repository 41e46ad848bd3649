/**
 * Finds a due date named in English in a chat message. Rules (weeks start on Monday):
 *
 * - "today", "tonight", "EOD", "end of (the) day", "COB", "close of business", "this morning/afternoon/evening": today.
 * - "tomorrow", "tmrw": today + 1; "the day after tomorrow": today + 2.
 * - "<weekday>", "on <weekday>": the next such day strictly after today (said on a Friday, "Friday" is next week's).
 * - "by / until / till / due / this <weekday>": the next such day on or after today (said on a Friday,
 *   "by Friday" is today).
 * - "next <weekday>", "<weekday> next week": that day in next week (said on a Monday, "next Friday" is 11 days away).
 * - "last / since / past / previous / every <weekday>" is not a due date.
 * - Abbreviated weekdays ("fri", "thurs") count only after by/on/this/next/until/till/due, since "sat" and "sun" are words.
 * - "EOW", "end of (the) week", "this week": this week's Friday (today on a Friday; next Friday at the weekend).
 * - "next week", "end of next week": Friday of next week (the end of the next working week).
 * - "EOM", "end of (the) month": the last day of this month; "end of next month": the last day of next month.
 * - "in / within N days|weeks|months" (N a number up to 999 or a word: a, an, one … twelve, a couple of),
 *   "N days from now": today plus that; months keep the day of month, clamped to the month's end.
 * - "2027-06-03", "3 June", "3rd of June", "June 3rd", "3 Jun 2027", "June 3, 2027": that date. Without a year,
 *   a date already past this year means next year. A date with a year that is already past is not a due date.
 *   Dates that do not exist ("31 February") are ignored.
 * - Slash dates ("6/3") are never read: day-first or month-first is a guess.
 *
 * Matching is case-insensitive on whole words. The first valid date in the text wins; at the same
 * position the longest phrase wins ("next Friday" over "Friday").
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

interface Rule {
  pattern: RegExp;
  resolve: (match: RegExpExecArray, today: Today) => EpochDay | undefined;
}

/** The calendar date ("YYYY-MM-DD") of an instant in an IANA time zone; UTC when the zone is missing or unknown. */
export function calendarDateIn(now: Date, timeZone: string | undefined): string | undefined {
  const today = todayIn(now, timeZone);
  return today === undefined ? undefined : formatDay(today.day);
}

/**
 * The due date a message names, as "YYYY-MM-DD" in the user's time zone (UTC when the zone is
 * missing or unknown), or undefined when it names none. See the module comment for the rules.
 */
export function parseDueDate(text: string, now: Date, timeZone: string | undefined): string | undefined {
  const today = todayIn(now, timeZone);
  if (today === undefined) return undefined;
  const haystack = text.length > MAX_DUE_DATE_SCAN ? text.slice(0, MAX_DUE_DATE_SCAN) : text;

  let best: { index: number; length: number; day: EpochDay } | undefined;
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(haystack); m !== null; m = rule.pattern.exec(haystack)) {
      // A rule's later matches cannot beat an earlier pick.
      if (best !== undefined && m.index > best.index) break;
      const day = rule.resolve(m, today);
      if (day === undefined) continue;
      const better = best === undefined || m.index < best.index || (m.index === best.index && m[0].length > best.length);
      if (better) best = { index: m.index, length: m[0].length, day };
      break;
    }
  }
  return best === undefined ? undefined : formatDay(best.day);
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

function addMonths(today: Today, months: number): EpochDay | undefined {
  const index = today.year * 12 + (today.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDay(year, month, Math.min(today.date, daysInMonth(year, month)));
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

const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const FULL_WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const ANY_WEEKDAY = `${FULL_WEEKDAY}|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun`;
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const NOT_A_DEADLINE = '(?<!\\b(?:last|since|past|previous|every)\\s+)';
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4})(?![\\d/-]))?';

function lookup(table: Record<string, number>, word: string | undefined): number | undefined {
  return word === undefined ? undefined : table[word.toLowerCase()];
}

function weekdayRule(source: string, resolve: (today: Today, weekday: number) => EpochDay): Rule {
  return {
    pattern: new RegExp(source, 'gi'),
    resolve: (m, today) => {
      const weekday = lookup(WEEKDAYS, m[1]);
      return weekday === undefined ? undefined : resolve(today, weekday);
    },
  };
}

/** A calendar date named with a month; without a year it is the next one on or after today. */
function explicitDate(today: Today, yearText: string | undefined, month: number | undefined, dateText: string | undefined): EpochDay | undefined {
  const date = Number(dateText);
  if (month === undefined || !Number.isInteger(date)) return undefined;
  if (yearText !== undefined) {
    const day = toDay(Number(yearText), month, date);
    return day !== undefined && day >= today.day ? day : undefined;
  }
  const passed = month < today.month || (month === today.month && date < today.date);
  return toDay(passed ? today.year + 1 : today.year, month, date);
}

const RULES: readonly Rule[] = [
  {
    pattern: /\b(?:today|tonight|eod|cob|end\s+of\s+(?:the\s+)?day|end\s+of\s+today|close\s+of\s+(?:the\s+)?business|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, today) => today.day,
  },
  {
    pattern: /\b(?:(?:the\s+)?day\s+after\s+(tomorrow)|tomorrow|tmrw)\b/gi,
    resolve: (m, today) => today.day + (m[1] === undefined ? 1 : 2),
  },
  weekdayRule(`\\bnext\\s+(?:week\\s+)?(${ANY_WEEKDAY})\\b`, inNextWeek),
  weekdayRule(`${NOT_A_DEADLINE}\\b(${FULL_WEEKDAY})\\s+next\\s+week\\b`, inNextWeek),
  weekdayRule(
    `\\b(?:by|until|till|due|this)\\s+(?:(?:this|the|on)\\s+)?(${ANY_WEEKDAY})\\b`,
    (today, weekday) => today.day + daysUntil(today, weekday, true),
  ),
  weekdayRule(`\\bon\\s+(${ANY_WEEKDAY})\\b`, (today, weekday) => today.day + daysUntil(today, weekday, false)),
  weekdayRule(`${NOT_A_DEADLINE}\\b(${FULL_WEEKDAY})\\b`, (today, weekday) => today.day + daysUntil(today, weekday, false)),
  {
    pattern: /\b(?:eow|end\s+of\s+(?:the\s+|this\s+)?week|this\s+week)\b/gi,
    resolve: (_m, today) => endOfWeek(today),
  },
  {
    pattern: /\b(?:end\s+of\s+next\s+week|next\s+week)\b/gi,
    resolve: (_m, today) => inNextWeek(today, 5),
  },
  {
    pattern: /\b(?:eom|end\s+of\s+(?:the\s+|this\s+)?month|end\s+of\s+(next)\s+month)\b/gi,
    resolve: (m, today) => endOfMonth(today, m[1] === undefined ? 0 : 1),
  },
  {
    pattern: /\b(?:(?:in|within)\s+(?:(\d{1,3})|(a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(day|week|month)s?\b|(\d{1,3})\s+(day|week)s?\s+from\s+(?:now|today)\b)/gi,
    resolve: (m, today) => {
      const digits = m[1] ?? m[4];
      const word = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const count = digits !== undefined ? Number(digits) : word === 'a couple of' ? 2 : lookup(NUMBER_WORDS, word);
      const unit = (m[3] ?? m[5])?.toLowerCase();
      if (count === undefined || !Number.isInteger(count)) return undefined;
      if (unit === 'day') return today.day + count;
      if (unit === 'week') return today.day + count * 7;
      return addMonths(today, count);
    },
  },
  {
    pattern: /(?<![\d/.-])\b(\d{4})-(\d{2})-(\d{2})(?![\d/-])/g,
    resolve: (m, today) => {
      const day = toDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return day !== undefined && day >= today.day ? day : undefined;
    },
  },
  {
    pattern: new RegExp(`(?<![\\d/.,-])\\b(\\d{1,2})${ORDINAL}(?:\\s+of)?\\s+(${MONTH})\\b\\.?${YEAR}`, 'gi'),
    resolve: (m, today) => explicitDate(today, m[3], lookup(MONTHS, m[2]), m[1]),
  },
  {
    pattern: new RegExp(`\\b(${MONTH})\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORDINAL}\\b(?![/.,-]?\\d)${YEAR}`, 'gi'),
    resolve: (m, today) => explicitDate(today, m[3], lookup(MONTHS, m[1]), m[2]),
  },
];
