import type { RollupAccumulator } from '../domain/rollup-accumulator';
import { SWITCHING_MONTHS, daysByKey, monthWritesOver } from '../domain/rollup-months';
import type { MonthWrites, SwitchingMonth } from '../domain/rollup-months';
import { personDayKey } from '../domain/switching/day-rollup';
import type { MonthKey } from '../domain/time/day-key';
import type { TandemDb } from './db';
import { storedSwitchingMonths } from './rollup-store';

// The switching rollup is not a sum: a person's day whose entries change is recomputed from all of
// that person's entries of the day. Each day keeps its entries in short form, so this reads the
// changed days' month rows only, never an entry (docs/decisions.md, "Switching rows keep their
// entries"), and writes those months back whole.

/** The switching month rows of the people's days whose entries changed in `acc`, over their stored rows. */
export async function planDaySwitching(
  db: TandemDb,
  acc: RollupAccumulator,
): Promise<MonthWrites<SwitchingMonth, [MonthKey, string]>> {
  const days = acc.entryDays();
  if (days.length === 0) return { puts: [], deletes: [] };
  const storedMonths = await storedSwitchingMonths(
    db,
    days.map(({ day, personId }) => [personId, day]),
  );
  const writes = acc.switchingWritesOver(daysByKey(storedMonths, (day) => personDayKey(day.day, day.personId)));
  return monthWritesOver(
    SWITCHING_MONTHS,
    storedMonths,
    writes.puts,
    writes.deletes.map(([day, personId]) => ({ owner: personId, day })),
  );
}
