import type { Project } from '../model/project';
import type { RetainerTerms } from '../model/project-parts';
import { addDays, dayKeyFromParts, maxDayKey, minDayKey, parseDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { approvedChangeRequests, changeDay } from './baseline';
import type { DayFigures, PlannedBlock, RetainerCycle, RetainerHealth } from './types';
import { plannedMinutes } from './planned';

// Retainer cycles run from the cycle start day of one month to the day before it in the next
// (start day 15: 15 Mar – 14 Apr). Every cycle that overlaps the project gets the full monthly
// allowance (no pro-rating of a first partial cycle). With rollover, what is left of a cycle's
// available hours (allowance + what came in + approved change requests) carries into the next,
// accumulating; an overrun never carries a debt forward. Approved change requests add their
// estimate hours to the cycle they were decided in, once.

export function cycleStartOf(day: DayKey, cycleStartDay: number): DayKey {
  const { year, month, day: dayOfMonth } = parseDayKey(day);
  if (dayOfMonth >= cycleStartDay) return dayKeyFromParts(year, month, cycleStartDay);
  return month === 1 ? dayKeyFromParts(year - 1, 12, cycleStartDay) : dayKeyFromParts(year, month - 1, cycleStartDay);
}

export function nextCycleStart(start: DayKey): DayKey {
  const { year, month, day } = parseDayKey(start);
  return month === 12 ? dayKeyFromParts(year + 1, 1, day) : dayKeyFromParts(year, month + 1, day);
}

/** The cycles from the one holding `from` to the one holding `to`, both included. */
export function cyclesBetween(from: DayKey, to: DayKey, cycleStartDay: number): { start: DayKey; end: DayKey }[] {
  const cycles: { start: DayKey; end: DayKey }[] = [];
  for (let start = cycleStartOf(from, cycleStartDay); start <= to;) {
    const next = nextCycleStart(start);
    cycles.push({ start, end: addDays(next, -1) });
    start = next;
  }
  return cycles;
}

export interface RetainerInput {
  project: Pick<Project, 'startDay' | 'changeRequests'>;
  terms: RetainerTerms;
  /** per-day figures covering every cycle that matters (all of them with rollover) */
  days: readonly DayFigures[];
  blocks: readonly PlannedBlock[];
  today: DayKey;
}

/**
 * Cycles from the first one (project start, or the first logged day if earlier) to the current
 * one: the cycle holding today, or the first cycle while the project has not started.
 */
export function retainerHealth({ project, terms, days, blocks, today }: RetainerInput): RetainerHealth {
  const firstLogged = days.reduce<DayKey | null>((first, row) => (first === null || row.day < first ? row.day : first), null);
  const start = project.startDay ?? today;
  const from = firstLogged === null ? start : minDayKey(start, firstLogged);
  const to = maxDayKey(today, start);
  const changes = approvedChangeRequests(project);
  let carried = 0;
  const cycles: RetainerCycle[] = cyclesBetween(from, to, terms.cycleStartDay).map(({ start: cycleStart, end }) => {
    const used = days.filter((row) => row.day >= cycleStart && row.day <= end).reduce((sum, row) => sum + row.minutes, 0);
    const extra = changes
      .filter((request) => changeDay(request) >= cycleStart && changeDay(request) <= end)
      .reduce((sum, request) => sum + request.estimateMinutes, 0);
    const carriedIn = terms.rollover ? carried : 0;
    const available = terms.allowanceMinutesPerMonth + carriedIn + extra;
    carried = Math.max(0, available - used);
    return {
      start: cycleStart,
      end,
      allowance: terms.allowanceMinutesPerMonth,
      carriedIn,
      extra,
      available,
      used,
      remaining: available - used,
    };
  });
  const current = cycles[cycles.length - 1];
  if (!current) throw new Error('A retainer always has a current cycle');
  const upcoming = blocks.filter((block) => block.day >= today && block.day <= current.end);
  return { rollover: terms.rollover, cycles, current, plannedThisCycle: plannedMinutes(upcoming) };
}
