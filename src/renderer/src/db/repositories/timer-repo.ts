import { validate } from '../../domain/validation';
import { minutesFromMs } from '../../domain/units/minutes';
import { MAX_ENTRY_MINUTES } from '../../domain/model/time-entry';
import { RUNNING_TIMER_ID, runningTimerSchema } from '../../domain/model/running-timer';
import type { Hat } from '../../domain/model/hat';
import type { RunningTimer } from '../../domain/model/running-timer';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { TandemDb } from '../db';
import { buildEntry, entryWriteTables, insertEntries, requireTaskFor } from './entry-writes';
import { requireProject } from './lookups';
import { readClock } from '../../platform/clock';

export interface StartTimerInput {
  projectId: string;
  taskId?: string;
  hat?: Hat;
  note?: string;
  billable?: boolean;
}

// The single running timer. It is a stored record (survives restarts); at most one exists.
// Stopping turns the elapsed time, rounded to whole minutes (half away from zero: 30 s counts as a
// minute), into a time entry with source 'timer' on the local day it started. Less than a minute
// leaves no entry. A timer left running past 24 h becomes one entry per 24 h (an entry holds at
// most a day), each on the local day its part starts.
export function timerRepo(db: TandemDb) {
  const scope = () => [db.timer, ...entryWriteTables(db)];

  async function stopInside(now: Date): Promise<TimeEntry[]> {
    const timer = await db.timer.get(RUNNING_TIMER_ID);
    if (!timer) return [];
    const startMs = Date.parse(timer.startedAt);
    let remaining: number = minutesFromMs(now.getTime() - startMs);
    const entries: TimeEntry[] = [];
    for (let offset = 0; remaining > 0; offset += MAX_ENTRY_MINUTES) {
      const minutes = Math.min(remaining, MAX_ENTRY_MINUTES);
      remaining -= minutes;
      const entry = await buildEntry(
        db,
        {
          projectId: timer.projectId,
          taskId: timer.taskId,
          startedAt: new Date(startMs + offset * 60_000).toISOString(),
          minutes,
          hat: timer.hat,
          billable: timer.billable,
          note: timer.note,
          source: { kind: 'timer' },
        },
        now,
      );
      entries.push(entry);
    }
    await insertEntries(db, entries);
    await db.timer.delete(RUNNING_TIMER_ID);
    return entries;
  }

  return {
    get(): Promise<RunningTimer | undefined> {
      return db.timer.get(RUNNING_TIMER_ID);
    },

    /** Starts a timer; one already running is stopped into entries first (same transaction). */
    async start(input: StartTimerInput, now: Date = readClock()): Promise<{ timer: RunningTimer; stopped: TimeEntry[] }> {
      return db.transaction('rw', scope(), async () => {
        const project = await requireProject(db, input.projectId);
        const task = await requireTaskFor(db, input.taskId, project.id);
        const stopped = await stopInside(now);
        const timer = validate(runningTimerSchema, {
          id: RUNNING_TIMER_ID,
          projectId: project.id,
          taskId: input.taskId,
          hat: input.hat ?? task?.hat ?? 'production',
          startedAt: now.toISOString(),
          note: input.note ?? '',
          billable: input.billable ?? project.billing !== 'non_billable',
        });
        await db.timer.put(timer);
        return { timer, stopped };
      });
    },

    /** Stops the timer into time entries (none when under a minute or when nothing runs). */
    stop(now: Date = readClock()): Promise<TimeEntry[]> {
      // The scope must be an async function: Dexie follows native awaits only in those.
      return db.transaction('rw', scope(), async () => stopInside(now));
    },

    /** Changes the running timer (project, task, hat, note, billable, or a corrected start). */
    async update(patch: Partial<StartTimerInput> & { startedAt?: string }): Promise<RunningTimer | undefined> {
      return db.transaction('rw', scope(), async () => {
        const current = await db.timer.get(RUNNING_TIMER_ID);
        if (!current) return undefined;
        const next = validate(runningTimerSchema, { ...current, ...patch, id: RUNNING_TIMER_ID });
        await requireProject(db, next.projectId);
        await requireTaskFor(db, next.taskId, next.projectId);
        await db.timer.put(next);
        return next;
      });
    },

    /** Throws the running time away; no entry is written. */
    discard(): Promise<void> {
      return db.timer.delete(RUNNING_TIMER_ID);
    },
  };
}
