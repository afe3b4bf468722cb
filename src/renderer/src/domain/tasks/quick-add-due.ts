import { addDays, isDayKey, parseDayKey, weekdayOf } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// Due dates in quick add (the text after '!'): today, tomorrow, a weekday (the NEXT such day after
// today: '!fri' on a Friday is a week later, '!today' is today), an ISO day, or a slash date.
// '12/3' reads as 3 December (month/day) or 12 March (day/month): when both are real days and
// differ, the caller must ask. A slash date without a year is its next occurrence from today.

export type SlashReading = 'month/day' | 'day/month';

export type DueReading =
  | { kind: 'day'; day: DayKey }
  | { kind: 'ambiguous'; choices: { day: DayKey; reading: SlashReading }[] }
  /** written like a date, but no such day exists */
  | { kind: 'invalid'; message: string }
  /** not a date at all: the token stays in the title */
  | { kind: 'unknown' };

const WEEKDAYS: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};

const RELATIVE: Record<string, number> = { today: 0, tod: 0, tomorrow: 1, tmr: 1, tom: 1 };

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
/** How many years ahead a year-less 29/2 may look for its next occurrence. */
const YEARS_AHEAD = 8;

/** The next `weekday` (0 = Sunday) strictly after `today`: one to seven days ahead. */
export function nextWeekday(today: DayKey, weekday: number): DayKey {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  return addDays(today, ahead === 0 ? 7 : ahead);
}

function realDay(year: number, month: number, day: number): DayKey | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isDayKey(key) ? key : null;
}

/** The day with that month and day in `year`, or without a year its next occurrence on or after today. */
function dayOf(month: number, day: number, year: number | undefined, today: DayKey): DayKey | null {
  if (year !== undefined) return realDay(year, month, day);
  const thisYear = parseDayKey(today).year;
  for (let candidate = thisYear; candidate <= thisYear + YEARS_AHEAD; candidate += 1) {
    const key = realDay(candidate, month, day);
    if (key !== null && key >= today) return key;
  }
  return null;
}

function readSlash(match: RegExpExecArray, written: string, today: DayKey): DueReading {
  const first = Number(match[1]);
  const second = Number(match[2]);
  const yearText = match[3];
  const year = yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const monthDay = dayOf(first, second, year, today);
  const dayMonth = dayOf(second, first, year, today);
  if (monthDay !== null && dayMonth !== null && monthDay !== dayMonth) {
    return {
      kind: 'ambiguous',
      choices: [
        { day: monthDay, reading: 'month/day' },
        { day: dayMonth, reading: 'day/month' },
      ],
    };
  }
  const day = monthDay ?? dayMonth;
  return day !== null ? { kind: 'day', day } : { kind: 'invalid', message: `${written} is not a real day` };
}

export function readDue(body: string, today: DayKey): DueReading {
  const text = body.trim().toLowerCase();
  const relative = RELATIVE[text];
  if (relative !== undefined) return { kind: 'day', day: addDays(today, relative) };
  const weekday = WEEKDAYS[text];
  if (weekday !== undefined) return { kind: 'day', day: nextWeekday(today, weekday) };
  if (ISO.test(text)) {
    return isDayKey(text) ? { kind: 'day', day: text } : { kind: 'invalid', message: `${text} is not a real day` };
  }
  const slash = SLASH.exec(text);
  if (slash) return readSlash(slash, text, today);
  return { kind: 'unknown' };
}
