import type { Project } from '../model/project';
import { addDays, dayKeyFromParts, toDayKey, daysBetween, maxDayKey, minDayKey, parseDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { countWorkingDays } from '../time/week';
import type { WorkWeekDays } from '../time/week';
import { baselineOn, baselineSteps } from './baseline';
import { plannedSpend } from './planned';
import type { DayFigures, MeasureHealth, PlannedBlock } from './types';

// The burn chart of one measure: cumulative spent up to today, the baseline as steps (one per
// approved change request), the ideal line from start (0) to end date (today's baseline), the
// forecast from today at the burn rate up to the run-out date, and spent + the blocks already on
// the calendar. Values are in the measure's unit (minutes or minor units).
// At most about `maxPoints` points: one per day, else one per week, else one per month, plus the
// days where something happens (start, end, today, each change, run-out) so lines meet exactly.
// The forecast is drawn at most FORECAST_REACH_DAYS beyond the plan's last day (end date, today or
// the last block).

export const FORECAST_REACH_DAYS = 183;
const EPOCH = toDayKey('1970-01-01');

export interface BurnPoint {
  day: DayKey;
  /** days since 1970-01-01: a linear axis */
  x: number;
  spent: number | null;
  baseline: number;
  ideal: number | null;
  forecast: number | null;
  planned: number | null;
}

export interface BurnStep {
  day: DayKey;
  x: number;
  added: number;
  baseline: number;
  title: string;
}

export interface BurnChartData {
  granularity: 'day' | 'week' | 'month';
  from: DayKey;
  to: DayKey;
  todayX: number;
  points: BurnPoint[];
  steps: BurnStep[];
}

export interface BurnChartInput {
  project: Pick<Project, 'startDay' | 'endDay' | 'changeRequests' | 'budgetMinutes' | 'budgetAmount'>;
  health: MeasureHealth;
  /** every day with time or expenses on the project, any order */
  days: readonly DayFigures[];
  blocks: readonly PlannedBlock[];
  /** minor units per hour for planned blocks */
  rate: number;
  workWeekDays: WorkWeekDays;
  today: DayKey;
  maxPoints?: number;
}

export function dayNumber(day: DayKey): number {
  return daysBetween(EPOCH, day);
}

export function dayOfNumber(x: number): DayKey {
  return addDays(EPOCH, Math.round(x));
}

export function burnChart(input: BurnChartInput): BurnChartData {
  const { project, health, today } = input;
  const valueOf = (row: DayFigures) => (health.measure === 'hours' ? row.minutes : row.amountMinor + row.expensesMinor);
  const logged = [...input.days].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const planned = plannedSpend(input.blocks, today, input.rate).map((block) => ({
    day: block.day,
    value: health.measure === 'hours' ? block.minutes : block.amountMinor,
  }));
  const lastPlanned = planned[planned.length - 1]?.day ?? null;

  let from = minDayKey(project.startDay ?? today, today);
  if (logged[0]) from = minDayKey(from, logged[0].day);
  let horizon = maxDayKey(today, project.endDay ?? today);
  if (lastPlanned) horizon = maxDayKey(horizon, lastPlanned);
  const runOut = health.runOut.kind === 'date' ? health.runOut.day : null;
  const reach = addDays(horizon, FORECAST_REACH_DAYS);
  // an open-ended project with a run-out decades away still gets half a year of forecast
  const to = runOut
    ? maxDayKey(horizon, minDayKey(runOut, reach))
    : health.runOut.kind === 'beyond' && !project.endDay
      ? reach
      : horizon;

  const steps = baselineSteps(health.budget, project, health.measure);
  const { granularity, days } = sampleDays(from, to, input.maxPoints ?? 500, [
    today,
    project.startDay,
    project.endDay,
    runOut,
    lastPlanned,
    ...steps.map((step) => step.day),
  ]);

  const forecastEnd = runOut && runOut <= to ? runOut : to;
  const idealSpan = project.startDay && project.endDay ? daysBetween(project.startDay, project.endDay) : null;
  let loggedIndex = 0;
  let cumulative = 0;
  let plannedIndex = 0;
  let plannedSum = 0;
  const points = days.map((day): BurnPoint => {
    for (let row = logged[loggedIndex]; row && row.day <= day; row = logged[loggedIndex]) {
      cumulative += valueOf(row);
      loggedIndex += 1;
    }
    for (let block = planned[plannedIndex]; block && block.day <= day; block = planned[plannedIndex]) {
      plannedSum += block.value;
      plannedIndex += 1;
    }
    const ideal =
      idealSpan !== null && project.startDay && project.endDay && day >= project.startDay && day <= project.endDay
        ? idealSpan === 0
          ? health.baseline
          : (health.baseline * daysBetween(project.startDay, day)) / idealSpan
        : null;
    return {
      day,
      x: dayNumber(day),
      // today shows the headline figure, so the forecast starts where "spent" says
      spent: day < today ? cumulative : day === today ? health.spent : null,
      baseline: baselineOn(health.budget, steps, day),
      ideal,
      forecast:
        day >= today && day <= forecastEnd
          ? health.spent + health.burnRate * countWorkingDays(addDays(today, 1), day, input.workWeekDays)
          : null,
      planned: lastPlanned && day >= today && day <= lastPlanned ? health.spent + plannedSum : null,
    };
  });

  return {
    granularity,
    from,
    to,
    todayX: dayNumber(today),
    points,
    steps: steps.map((step) => {
      const day = minDayKey(maxDayKey(step.day, from), to);
      return { day, x: dayNumber(day), added: step.added, baseline: step.baseline, title: step.request.title };
    }),
  };
}

function sampleDays(
  from: DayKey,
  to: DayKey,
  maxPoints: number,
  keyDays: readonly (DayKey | null | undefined)[],
): { granularity: BurnChartData['granularity']; days: DayKey[] } {
  const total = daysBetween(from, to) + 1;
  const granularity = total <= maxPoints ? 'day' : Math.ceil(total / 7) <= maxPoints ? 'week' : 'month';
  const days = new Set<DayKey>([from, to]);
  if (granularity === 'month') {
    for (const first of monthStartsAfter(from, to)) days.add(first);
  } else {
    const step = granularity === 'day' ? 1 : 7;
    for (let offset = 0; offset < total; offset += step) days.add(addDays(from, offset));
  }
  for (const day of keyDays) if (day && day >= from && day <= to) days.add(day);
  return { granularity, days: [...days].sort() };
}

/** The first days of the months after `from`'s, up to `to` (chart samples and axis ticks). */
export function monthStartsAfter(from: DayKey, to: DayKey): DayKey[] {
  const { year, month } = parseDayKey(from);
  const firsts: DayKey[] = [];
  for (let index = 1; ; index += 1) {
    const first = dayKeyFromParts(year + Math.floor((month - 1 + index) / 12), ((month - 1 + index) % 12) + 1, 1);
    if (first > to) return firsts;
    firsts.push(first);
  }
}
