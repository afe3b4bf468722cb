import { isShown } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import { RUNNING_TIMER_ID } from '../../domain/model/running-timer';
import type { Project } from '../../domain/model/project';
import { clientLookup } from '../../domain/switching/client-switches';
import { DaySwitchingBuilder } from '../../domain/switching/day-rollup';
import type { DaySwitching } from '../../domain/switching/day-rollup';
import { sumPeopleRows } from '../../domain/switching/people';
import { summarizeDay } from '../../domain/switching/day-summary';
import { minutesFromMs } from '../../domain/units/minutes';
import { dayKeyOf } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { switchingRowsOfDay } from './switching-day';

// Today's switching as it happens, for the Today screen and the Switching screen's header card.
// Without `now` it reads the day's rollup rows (one person's, or everyone's summed). With `now` and a
// timer running since that day, the running time counts as a provisional entry of this computer's
// person (what stopping the timer now would log), so a switch and deep-work progress show while the
// timer runs; that reads the day's entries (a few dozen).

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
  person: PersonFilter,
  devicePersonId: string,
): Promise<{ row: DaySwitching | undefined; timer: boolean }> {
  const timer = now ? await db.timer.get(RUNNING_TIMER_ID) : undefined;
  if (!now || !timer || dayKeyOf(new Date(timer.startedAt)) !== day) {
    const rows = (await switchingRowsOfDay(db, day)).filter((row) => isShown(row, person));
    return { row: sumPeopleRows(rows)[0], timer: false };
  }
  // Rounded as stopping the timer would round it.
  const minutes = minutesFromMs(now.getTime() - Date.parse(timer.startedAt));
  const entries = await db.timeEntries.where('day').equals(day).toArray();
  const running = { id: timer.id, projectId: timer.projectId, startedAt: timer.startedAt, minutes, hat: timer.hat, day, personId: devicePersonId };
  const builder = new DaySwitchingBuilder();
  for (const entry of [...entries, running]) if (isShown(entry, person)) builder.add(entry);
  return { row: sumPeopleRows(builder.rows())[0], timer: true };
}

/** Today's (or any one day's) switches and deep work against the target; `person`: one person's, undefined: everyone's. */
export async function todaySwitching(db: TandemDb, day: DayKey, now?: Date, person?: PersonFilter): Promise<TodaySwitching> {
  const settings = await readSettings(db);
  const { row, timer } = await rowWithTimer(db, day, now, person, settings.devicePersonId);
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
