import { RUNNING_TIMER_ID } from '../../domain/model/running-timer';
import type { Project } from '../../domain/model/project';
import { clientLookup } from '../../domain/switching/client-switches';
import { daySwitchingOf } from '../../domain/switching/day-rollup';
import type { DaySwitching } from '../../domain/switching/day-rollup';
import { summarizeDay } from '../../domain/switching/day-summary';
import { minutesFromMs } from '../../domain/units/minutes';
import { dayKeyOf } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';

// Today's switching as it happens, for the Today screen and the Switching screen's header card.
// Without `now` it reads the day's rollup row. With `now` and a timer running since that day, the
// running time counts as a provisional entry (what stopping the timer now would log), so a switch
// and deep-work progress show while the timer runs; that reads the day's entries (a few dozen).

export interface TodaySwitching {
  day: DayKey;
  /** false when nothing is logged (and no timer runs) that day */
  hasWork: boolean;
  projectSwitches: number;
  clientSwitches: number;
  hatSwitches: number;
  deepWorkMinutes: number;
  deepWorkTargetMinutes: number;
  /** switches × the minutes-lost-per-switch setting */
  minutesLost: number;
  longestStretch: number;
  /** the running timer's time is included */
  includesRunningTimer: boolean;
}

async function rowWithTimer(
  db: TandemDb,
  day: DayKey,
  now: Date | undefined,
): Promise<{ row: DaySwitching | undefined; timer: boolean }> {
  const timer = now ? await db.timer.get(RUNNING_TIMER_ID) : undefined;
  if (!now || !timer || dayKeyOf(new Date(timer.startedAt)) !== day) return { row: await db.daySwitching.get(day), timer: false };
  // Rounded as stopping the timer would round it.
  const minutes = minutesFromMs(now.getTime() - Date.parse(timer.startedAt));
  const entries = await db.timeEntries.where('day').equals(day).toArray();
  const running = { id: timer.id, projectId: timer.projectId, startedAt: timer.startedAt, minutes, hat: timer.hat };
  return { row: daySwitchingOf(day, [...entries, running]) ?? undefined, timer: true };
}

/** Today's (or any one day's) switches and deep work against the target. */
export async function todaySwitching(db: TandemDb, day: DayKey, now?: Date): Promise<TodaySwitching> {
  const [settings, { row, timer }] = await Promise.all([readSettings(db), rowWithTimer(db, day, now)]);
  const projects = row ? await db.projects.bulkGet([...new Set(row.projectRuns)]) : [];
  const clientOf = clientLookup(projects.filter((project): project is Project => project !== undefined));
  const summary = row ? summarizeDay(row, clientOf, settings.minutesLostPerSwitch) : undefined;
  return {
    day,
    hasWork: row !== undefined,
    projectSwitches: summary?.projectSwitches ?? 0,
    clientSwitches: summary?.clientSwitches ?? 0,
    hatSwitches: summary?.hatSwitches ?? 0,
    deepWorkMinutes: summary?.deepWorkMinutes ?? 0,
    deepWorkTargetMinutes: settings.deepWorkTargetMinutes,
    minutesLost: summary?.minutesLost ?? 0,
    longestStretch: summary?.longestStretch ?? 0,
    includesRunningTimer: timer,
  };
}
