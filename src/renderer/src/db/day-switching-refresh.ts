import Dexie from 'dexie';
import type { PersonDay, RollupAccumulator } from '../domain/rollup-accumulator';
import { personDayKey } from '../domain/switching/day-rollup';
import type { PersonDaySwitching, SwitchingWrites } from '../domain/switching/day-rollup';
import type { DayKey } from '../domain/time/day-key';
import { daysBetween } from '../domain/time/day-key';
import type { TandemDb } from './db';

// The switchingDays rollup is not a sum: a person's day whose entries change is recomputed from all
// of that person's entries of the day. Each row keeps its day's entries in short form, so this reads
// the changed days' rows only, never an entry (docs/decisions.md, "Switching rows keep their entries").

/** Days per read request; the requests go out together. */
const READ_CHUNK_DAYS = 64;

/** Whether a chunk of distinct days (sorted) covers at least half the days from its first to its last. */
const isDense = (chunk: readonly DayKey[], first: DayKey, last: DayKey) => chunk.length > 8 && daysBetween(first, last) < chunk.length * 2;

/**
 * The stored rows of the people's `days` (in day order), by personDayKey, a chunk of days at a time.
 * A dense chunk is read as one key range (a single getAll; other people's rows of those days come
 * along), a sparse one by key: a keyed get is one request per row, and a 5,000-row
 * import touching 2,200 days read them in 170–380 ms by key, 70–90 ms as a range.
 */
async function storedSwitchingRows(db: TandemDb, days: readonly PersonDay[]): Promise<Map<string, PersonDaySwitching>> {
  const keysByDay = new Map<DayKey, [DayKey, string][]>(); // in day order, as `days` are
  for (const { day, personId } of days) {
    const keys = keysByDay.get(day);
    if (keys) keys.push([day, personId]);
    else keysByDay.set(day, [[day, personId]]);
  }
  const distinctDays = [...keysByDay.keys()];
  const reads: Promise<(PersonDaySwitching | undefined)[]>[] = [];
  for (let index = 0; index < distinctDays.length; index += READ_CHUNK_DAYS) {
    const chunk = distinctDays.slice(index, index + READ_CHUNK_DAYS);
    const first = chunk[0];
    const last = chunk.at(-1);
    if (!first || !last) continue;
    reads.push(
      isDense(chunk, first, last)
        ? db.switchingDays.where(':id').between([first, Dexie.minKey], [last, Dexie.maxKey], true, true).toArray()
        : db.switchingDays.bulkGet(chunk.flatMap((day) => keysByDay.get(day) ?? [])),
    );
  }
  const rows = new Map<string, PersonDaySwitching>();
  for (const chunkRows of await Promise.all(reads)) {
    for (const row of chunkRows) if (row) rows.set(personDayKey(row.day, row.personId), row);
  }
  return rows;
}

/** The switching rows of the people's days whose entries changed in `acc`, over their stored rows. */
export async function planDaySwitching(db: TandemDb, acc: RollupAccumulator): Promise<SwitchingWrites> {
  const days = acc.entryDays();
  if (days.length === 0) return { puts: [], deletes: [] };
  return acc.switchingWritesOver(await storedSwitchingRows(db, days));
}
