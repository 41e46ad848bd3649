import { describe, it, expect } from 'vitest';
import { calendarDateIn, parseDueDate, MAX_DUE_DATE_SCAN } from './dueDate';

/** Friday 20 Nov 2026 in UTC and Los Angeles (15:30), already Saturday 21 Nov in Tokyo (08:30). */
const FRIDAY_NIGHT_UTC = new Date('2026-11-20T23:30:00Z');
/** Wednesday 18 Nov 2026, midday everywhere from UTC-11 to UTC+11. */
const WEDNESDAY = new Date('2026-11-18T12:00:00Z');

describe('parseDueDate relative to Friday 2026-11-20 (UTC)', () => {
  it.each([
    ['I will do it today', '2026-11-20'],
    ['sending tonight', '2026-11-20'],
    ['EOD', '2026-11-20'],
    ['by end of day', '2026-11-20'],
    ['before close of business', '2026-11-20'],
    ['tomorrow morning', '2026-11-21'],
    ['TOMORROW', '2026-11-21'],
    ['the day after tomorrow', '2026-11-22'],
    ['by Friday', '2026-11-20'],
    ['this Friday', '2026-11-20'],
    ['until fri', '2026-11-20'],
    ['on Friday', '2026-11-27'],
    ['see you friday', '2026-11-27'],
    ['Monday works', '2026-11-23'],
    ['next Monday', '2026-11-23'],
    ['next Friday', '2026-11-27'],
    ['Tuesday next week', '2026-11-24'],
    ['next week', '2026-11-27'],
    ['by the end of next week', '2026-11-27'],
    ['end of week', '2026-11-20'],
    ['by the end of the week', '2026-11-20'],
    ['EOW', '2026-11-20'],
    ['this week', '2026-11-20'],
    ['end of month', '2026-11-30'],
    ['EOM', '2026-11-30'],
    ['end of next month', '2026-12-31'],
    ['in 3 days', '2026-11-23'],
    ['within two days', '2026-11-22'],
    ['in a couple of days', '2026-11-22'],
    ['in a week', '2026-11-27'],
    ['in 2 weeks', '2026-12-04'],
    ['in 3 months', '2027-02-20'],
    ['10 days from now', '2026-11-30'],
    ['by 3 June', '2027-06-03'],
    ['June 3', '2027-06-03'],
    ['June 3rd', '2027-06-03'],
    ['the 3rd of June', '2027-06-03'],
    ['by 3 Jun 2027', '2027-06-03'],
    ['June 3, 2027', '2027-06-03'],
    ['Dec. 1st', '2026-12-01'],
    ['25 December', '2026-12-25'],
    ['20 November', '2026-11-20'],
    ['19 November', '2027-11-19'],
    ['by 3 June 2028', '2028-06-03'],
    ['2027-06-03', '2027-06-03'],
    ['due 2026-11-20T17:00', '2026-11-20'],
  ])('%s → %s', (text, expected) => {
    expect(parseDueDate(text, FRIDAY_NIGHT_UTC, 'UTC')).toBe(expected);
  });
});

describe('parseDueDate finds nothing', () => {
  it.each([
    [''],
    ['thanks for the deck!'],
    ['6/3'],
    ['by 6/3/2027'],
    ['31 February'],
    ['2027-02-30'],
    ['2027-13-01'],
    ['29 Feb'],
    ['by 3 June 2020'],
    ['2020-01-01'],
    ['last Friday was great'],
    ['since Monday'],
    ['every Tuesday'],
    ['Fridays are quiet'],
    ['a sundae on the sun deck, we sat down'],
    ['a geode'],
    ['this weekend'],
    ['June 2027'],
    ['in 3 years'],
    ['I will look at it later in the day'],
    ['maybe at 5 pm'],
  ])('%j', (text) => {
    expect(parseDueDate(text, FRIDAY_NIGHT_UTC, 'UTC')).toBeUndefined();
  });
});

describe('parseDueDate relative to Wednesday 2026-11-18', () => {
  it.each([
    ['by Friday', '2026-11-20'],
    ['Friday', '2026-11-20'],
    ['on wednesday', '2026-11-25'],
    ['by Wednesday', '2026-11-18'],
    ['this Monday', '2026-11-23'],
    ['next Friday', '2026-11-27'],
    ['next Wednesday', '2026-11-25'],
    ['next week', '2026-11-27'],
    ['end of the week', '2026-11-20'],
    ['EOM', '2026-11-30'],
  ])('%s → %s', (text, expected) => {
    expect(parseDueDate(text, WEDNESDAY, 'Europe/Paris')).toBe(expected);
  });
});

describe('parseDueDate and the time zone', () => {
  it.each([
    ['today', 'UTC', '2026-11-20'],
    ['today', 'Asia/Tokyo', '2026-11-21'],
    ['today', 'America/Los_Angeles', '2026-11-20'],
    ['tomorrow', 'Asia/Tokyo', '2026-11-22'],
    ['by Friday', 'UTC', '2026-11-20'],
    ['by Friday', 'America/Los_Angeles', '2026-11-20'],
    ['by Friday', 'Asia/Tokyo', '2026-11-27'],
    ['EOW', 'Asia/Tokyo', '2026-11-27'],
    ['in 3 days', 'Asia/Tokyo', '2026-11-24'],
    ['next Monday', 'Asia/Tokyo', '2026-11-23'],
  ])('%s in %s → %s', (text, zone, expected) => {
    expect(parseDueDate(text, FRIDAY_NIGHT_UTC, zone)).toBe(expected);
  });

  it('rolls a month end over in the user zone', () => {
    const lastOfMonthInTokyo = new Date('2026-11-30T16:00:00Z');
    expect(parseDueDate('EOM', lastOfMonthInTokyo, 'UTC')).toBe('2026-11-30');
    expect(parseDueDate('EOM', lastOfMonthInTokyo, 'Asia/Tokyo')).toBe('2026-12-31');
  });

  it('falls back to UTC when the zone is missing or not a real zone', () => {
    expect(parseDueDate('today', FRIDAY_NIGHT_UTC, undefined)).toBe('2026-11-20');
    expect(parseDueDate('today', FRIDAY_NIGHT_UTC, 'Mars/Olympus_Mons')).toBe('2026-11-20');
    expect(parseDueDate('today', FRIDAY_NIGHT_UTC, '')).toBe('2026-11-20');
  });

  it('returns undefined for an invalid "now"', () => {
    expect(parseDueDate('today', new Date(Number.NaN), 'UTC')).toBeUndefined();
  });

  it('reports the calendar date in a zone', () => {
    expect(calendarDateIn(FRIDAY_NIGHT_UTC, 'Asia/Tokyo')).toBe('2026-11-21');
    expect(calendarDateIn(FRIDAY_NIGHT_UTC, 'Pacific/Honolulu')).toBe('2026-11-20');
    expect(calendarDateIn(FRIDAY_NIGHT_UTC, 'nope')).toBe('2026-11-20');
  });
});

describe('parseDueDate choosing among several dates', () => {
  it('takes the first date in the text', () => {
    expect(parseDueDate('Tomorrow I will start, and finish by 3 June', FRIDAY_NIGHT_UTC, 'UTC')).toBe('2026-11-21');
    expect(parseDueDate('By 3 June, or tomorrow at worst', FRIDAY_NIGHT_UTC, 'UTC')).toBe('2027-06-03');
  });

  it('prefers the longest phrase at the same place', () => {
    expect(parseDueDate('by next Friday', WEDNESDAY, 'UTC')).toBe('2026-11-27');
    expect(parseDueDate('Friday next week', WEDNESDAY, 'UTC')).toBe('2026-11-27');
    expect(parseDueDate('end of next week', WEDNESDAY, 'UTC')).toBe('2026-11-27');
  });

  it('skips an impossible or past date and keeps looking', () => {
    expect(parseDueDate('31 February? no: tomorrow', FRIDAY_NIGHT_UTC, 'UTC')).toBe('2026-11-21');
    expect(parseDueDate('last Friday we shipped; next one by Monday', FRIDAY_NIGHT_UTC, 'UTC')).toBe('2026-11-23');
  });

  it('finds a date inside a 30 KB message quickly and ignores text past the scan limit', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(1_100);
    const started = performance.now();
    expect(parseDueDate(`${filler} send it by Friday`, WEDNESDAY, 'UTC')).toBe('2026-11-20');
    expect(parseDueDate(`${'x'.repeat(MAX_DUE_DATE_SCAN)} tomorrow`, WEDNESDAY, 'UTC')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseDueDate in the language of the message', () => {
  it.each([
    ['de-DE', 'Ich schicke dir die Folien bis Freitag', '2026-11-20'],
    ['fr-FR', "Je t'envoie le deck d'ici vendredi", '2026-11-20'],
    ['ja-JP', '金曜日まで資料を送ります', '2026-11-20'],
    ['es-ES', 'Te mando el informe hasta el viernes', '2026-11-20'],
    ['pt-BR', 'Envio o relatório até sexta-feira', '2026-11-20'],
    ['nl-NL', 'Ik stuur het voor vrijdag', '2026-11-20'],
    ['de-DE', 'Ich melde mich Freitag', '2026-11-27'],
    ['de-DE', 'nächste Woche', '2026-11-27'],
    ['fr-FR', 'la semaine prochaine', '2026-11-27'],
    ['de-DE', 'morgen', '2026-11-21'],
    ['pt-BR', 'amanhã', '2026-11-21'],
    ['de-DE', 'seit Montag', undefined],
    ['de-DE', 'bis 6/3', undefined],
  ])('%s: %s → %s', (locale, text, expected) => {
    expect(parseDueDate(text, FRIDAY_NIGHT_UTC, 'UTC', locale)).toBe(expected);
  });

  it('reads "by Friday" as on or after today and bare Friday as strictly after, in each language', () => {
    expect(parseDueDate('bis Freitag', WEDNESDAY, 'UTC', 'de-DE')).toBe('2026-11-20');
    expect(parseDueDate('hasta el viernes', WEDNESDAY, 'UTC', 'es')).toBe('2026-11-20');
    expect(parseDueDate('voor woensdag', WEDNESDAY, 'UTC', 'nl-BE')).toBe('2026-11-18');
    expect(parseDueDate('woensdag', WEDNESDAY, 'UTC', 'nl-BE')).toBe('2026-11-25');
    expect(parseDueDate('nächste Woche', WEDNESDAY, 'UTC', 'de-DE')).toBe('2026-11-27');
  });

  it('falls back to English when the message language finds nothing or is unknown', () => {
    expect(parseDueDate('I will send it by Friday', WEDNESDAY, 'UTC', 'de-DE')).toBe('2026-11-20');
    expect(parseDueDate('by Friday', WEDNESDAY, 'UTC', 'xx-YY')).toBe('2026-11-20');
    expect(parseDueDate('bis Freitag', WEDNESDAY, 'UTC', 'en-US')).toBeUndefined();
  });
});
