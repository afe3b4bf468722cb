import type ICAL from 'ical.js';

// Expanding a recurring event (RRULE, RDATE, EXDATE) with ical.js, bounded: a rule with no end is
// only walked up to the range asked for, and a hostile one cannot keep the app busy.

/** Steps of one series, DTSTART to the end of the range: a daily meeting for 50 years fits. */
const MAX_STEPS_PER_SERIES = 20_000;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** BYMONTHDAY values no BYMONTH month has (31 in February): ical.js would search daily rules forever. */
function impossibleMonthDays(rule: ICAL.Recur): boolean {
  const days = rule.parts.BYMONTHDAY;
  if (!days?.length) return false;
  const months = rule.parts.BYMONTH?.length ? rule.parts.BYMONTH : DAYS_IN_MONTH.map((_, index) => index + 1);
  return !days.some((day) => months.some((month) => Math.abs(day) <= (DAYS_IN_MONTH[month - 1] ?? 0)));
}

/** Rules not worth walking: minutely and secondly repeats are no meetings, impossible dates never come. */
export function isRunawayRule(rule: ICAL.Recur): boolean {
  return rule.freq === 'SECONDLY' || rule.freq === 'MINUTELY' || impossibleMonthDays(rule);
}

export type SeriesWalk = { completed: boolean; recurrenceIds: ICAL.Time[] };

/**
 * The recurrence ids of a series in order, from DTSTART while `before(id)` holds. `completed` is
 * false when the step cap stopped the walk first (a rule far finer than its range).
 */
export function walkSeries(event: ICAL.Event, before: (recurrenceId: ICAL.Time) => boolean): SeriesWalk {
  const iterator = event.iterator();
  const recurrenceIds: ICAL.Time[] = [];
  for (let steps = 0; steps < MAX_STEPS_PER_SERIES; steps += 1) {
    const next = iterator.next();
    if (!next || !before(next)) return { completed: true, recurrenceIds };
    recurrenceIds.push(next.clone());
  }
  return { completed: false, recurrenceIds };
}
