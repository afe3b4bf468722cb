import ICAL from 'ical.js';

// Expanding a recurring event (RRULE, RDATE, EXDATE) with ical.js, bounded: a rule with no end is
// only walked up to the range asked for, and a hostile one cannot keep the app busy.

/** Steps of one series, DTSTART to the end of the range: a daily meeting for 27 years fits. */
const MAX_STEPS_PER_SERIES = 10_000;
/** Steps of all series of one file together (12–60 µs each, measured): seconds, not minutes, for a hostile file. */
export const MAX_STEPS_PER_FILE = 100_000;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** BYMONTHDAY values no BYMONTH month has (31 in February): ical.js would search daily rules forever. */
function impossibleMonthDays(rule: ICAL.Recur): boolean {
  const days = rule.parts.BYMONTHDAY;
  if (!days?.length) return false;
  const months = rule.parts.BYMONTH?.length ? rule.parts.BYMONTH : DAYS_IN_MONTH.map((_, index) => index + 1);
  return !days.some((day) => months.some((month) => Math.abs(day) <= (DAYS_IN_MONTH[month - 1] ?? 0)));
}

/**
 * Rules not worth walking: minutely and secondly repeats are no meetings, impossible dates never
 * come. (ical.js refuses unreadable rules while parsing the file.)
 */
export function hasRunawayRule(event: ICAL.Event): boolean {
  return event.component
    .getAllProperties('rrule')
    .map((property) => property.getFirstValue())
    .some(
      (rule) => rule instanceof ICAL.Recur && (rule.freq === 'SECONDLY' || rule.freq === 'MINUTELY' || impossibleMonthDays(rule)),
    );
}

export type SeriesWalk = { completed: boolean; recurrenceIds: ICAL.Time[] };

/** Wall-clock days as YYYYMMDD numbers, in the series' own zone, both included. */
export interface WalkDays {
  firstDay: number;
  lastDay: number;
}

/**
 * The recurrence ids of a series in order that fall on `days`, walked from DTSTART (a rule can only
 * be followed from its start). `completed` is false when a step cap stopped the walk first (a rule
 * far finer than its range); `budget.steps` is what is left for the file.
 */
export function walkSeries(event: ICAL.Event, days: WalkDays, budget: { steps: number }): SeriesWalk {
  const iterator = event.iterator();
  const recurrenceIds: ICAL.Time[] = [];
  const cap = Math.min(MAX_STEPS_PER_SERIES, budget.steps);
  for (let steps = 0; steps < cap; steps += 1) {
    const next = iterator.next();
    const day = next ? next.year * 10_000 + next.month * 100 + next.day : Infinity;
    if (day > days.lastDay) {
      budget.steps -= steps;
      return { completed: true, recurrenceIds };
    }
    if (day >= days.firstDay && next) recurrenceIds.push(next.clone());
  }
  budget.steps -= cap;
  return { completed: false, recurrenceIds };
}
