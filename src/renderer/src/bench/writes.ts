import { db } from '../db/db';
import { timerRepo } from '../db/repositories/timer-repo';
import { timeEntriesRepo } from '../db/repositories/time-entries-repo';
import { dayKeyOf } from '../domain/time/day-key';
import { readClock } from '../platform/clock';

// Write latency through the repositories, as the timer and the Log time dialog write.

export interface WriteRuns {
  timerStart: number[];
  timerStop: number[];
  manualEntry: number[];
}

async function timed(write: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await write();
  return performance.now() - started;
}

/** `runs` rounds of: start a timer, stop it into a 25-minute entry, log a 15-minute entry today. */
export async function writeLatency(projectId: string, runs: number): Promise<WriteRuns> {
  const timer = timerRepo(db);
  const entries = timeEntriesRepo(db);
  await timer.discard();
  const result: WriteRuns = { timerStart: [], timerStop: [], manualEntry: [] };
  for (let run = 0; run < runs; run += 1) {
    const stopAt = readClock();
    const startAt = new Date(stopAt.getTime() - 25 * 60_000);
    result.timerStart.push(await timed(() => timer.start({ projectId, note: 'Benchmark timer' }, startAt)));
    result.timerStop.push(await timed(() => timer.stop(stopAt)));
    // No start time: the entry goes after the day's last one, as the dialog does with an empty start.
    const day = dayKeyOf(stopAt);
    result.manualEntry.push(await timed(() => entries.create({ projectId, day, minutes: 15, note: 'Benchmark entry' })));
  }
  return result;
}
