import { validate } from '../../domain/validation';
import { costRateOn, firstCostDay } from '../../domain/invoices/cost-rates';
import { SETTINGS_ID, settingsSchema } from '../../domain/model/settings';
import { costRateHistorySchema } from '../../domain/model/cost-rate';
import type { CostRate, CostRateInput } from '../../domain/model/cost-rate';
import type { Settings } from '../../domain/model/settings';
import type { Teammate } from '../../domain/model/teammate';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { TandemDb } from '../db';
import { applyEntryChanges, rollupTables } from '../rollups';
import { readSettings } from './lookups';
import { teammatesRepo } from './teammates-repo';

// Cost rates with history (docs/product.md, "Profitability"). Every entry is the user's (entries
// have no person yet), so the user's rates cost the entries: a new entry takes the rate in force on
// its day when logged (entry-writes.ts), and saving the user's rates gives every entry still without
// a cost the rate in force on its day, in the same transaction, with the rollups. An entry that has
// a cost keeps it: a cost, like a rate, is fixed once given.

export interface SavedCostRates {
  settings: Settings;
  /** entries that had no cost and now have one */
  stamped: number;
}

export function costRatesRepo(db: TandemDb) {
  return {
    /** Saves the user's history and costs the entries that have none yet. */
    async saveMine(history: readonly CostRateInput[]): Promise<SavedCostRates> {
      return db.transaction('rw', [db.settings, db.timeEntries, ...rollupTables(db)], async () => {
        const current = await readSettings(db);
        const settings = validate(settingsSchema, { ...current, costRates: history, id: SETTINGS_ID });
        await db.settings.put(settings);
        const stamped = await stampMissingCosts(db, settings.costRates);
        return { settings, stamped };
      });
    },

    /** Saves a teammate's history (no entry is a teammate's yet, so nothing is costed). */
    saveTeammate(id: string, history: readonly CostRateInput[]): Promise<Teammate> {
      return teammatesRepo(db).update(id, { costRates: validate(costRateHistorySchema, history) });
    },
  };
}

/**
 * Gives each entry without a cost snapshot, on a day some rate covers, the rate in force on its day,
 * and moves the rollups' cost with it. Runs inside the caller's 'rw' transaction over timeEntries and
 * the rollup tables. Entries before the first rate are not read (the day index bounds the scan).
 */
async function stampMissingCosts(db: TandemDb, history: readonly CostRate[]): Promise<number> {
  const first = firstCostDay(history);
  if (first === undefined) return 0;
  const before: TimeEntry[] = [];
  await db.timeEntries
    .where('day')
    .aboveOrEqual(first)
    .each((entry) => {
      if (entry.costSnapshot === undefined) before.push(entry);
    });
  const after = before.flatMap((entry) => {
    const costSnapshot = costRateOn(history, entry.day);
    return costSnapshot === undefined ? [] : [{ ...entry, costSnapshot }];
  });
  if (after.length === 0) return 0;
  await db.timeEntries.bulkPut(after);
  await applyEntryChanges(db, { removedEntries: before, addedEntries: after });
  return after.length;
}
