import type { PlannedBlock } from '../budget/types';
import { addDays } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import { countWorkingDays } from '../time/week';
import type { WorkWeekDays } from '../time/week';
import { RESOURCE_WINDOW_DAYS } from './thresholds';
import type { Workload } from './types';

// The plan for the next two weeks against the work hours. Capacity is the work day the user set
// (start to end) on every working day of the window; planned time is every block but breaks,
// wherever it falls (a weekend block is still time spent). Block minutes are wall-clock lengths.

export interface WorkHours {
  workStartMinute: number;
  workEndMinute: number;
  workWeekDays: WorkWeekDays;
}

export type WorkloadBlock = PlannedBlock & { projectId?: string | undefined };

/** The first and last day of the resource window starting today. */
export function resourceWindow(today: DayKey): { from: DayKey; to: DayKey } {
  return { from: today, to: addDays(today, RESOURCE_WINDOW_DAYS - 1) };
}

export function workloadOf(blocks: readonly WorkloadBlock[], hours: WorkHours, today: DayKey): Workload {
  const { from, to } = resourceWindow(today);
  const workingDays = countWorkingDays(from, to, hours.workWeekDays);
  const plannedByProject = new Map<string, number>();
  let plannedMinutes = 0;
  for (const block of blocks) {
    if (block.kind === 'break' || block.day < from || block.day > to) continue;
    const minutes = block.endMinute - block.startMinute;
    plannedMinutes += minutes;
    if (block.projectId) plannedByProject.set(block.projectId, (plannedByProject.get(block.projectId) ?? 0) + minutes);
  }
  return {
    from,
    to,
    workingDays,
    capacityMinutes: workingDays * (hours.workEndMinute - hours.workStartMinute),
    plannedMinutes,
    plannedByProject,
  };
}
