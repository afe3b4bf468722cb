import { validate } from '../../domain/validation';
import { costRateOn, firstCostDay } from '../../domain/invoices/cost-rates';
import { OWNER_PERSON_ID, personOf } from '../../domain/model/person';
import { SETTINGS_ID, settingsSchema } from '../../domain/model/settings';
import { costRateHistorySchema } from '../../domain/model/cost-rate';
import type { CostRate, CostRateInput } from '../../domain/model/cost-rate';
import type { Settings } from '../../domain/model/settings';
import type { Teammate } from '../../domain/model/teammate';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { RollupFigures } from '../../domain/rollup-figures';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { applyEntryChanges, rollupTables } from '../rollups';
import { readSettings } from './lookups';
import { teammatesRepo } from './teammates-repo';
import { projectDays } from '../rollup-store';

// Cost rates with history (docs/product.md, "Profitability"). An entry is costed at its person's
// rates (the owner's in settings, a teammate's on their record): a new entry takes the rate in force
// on its day when logged (entry-writes.ts), and saving a person's rates gives each of their entries
// still without a cost the rate in force on its day, in the same transaction, with the rollups. An
// entry that has a cost keeps it: a cost, like a rate, is fixed once given.

export interface SavedCostRates {
  settings: Settings;
  /** entries that had no cost and now have one */
  stamped: number;
}

export function costRatesRepo(db: TandemDb) {
  return {
    /** Saves the owner's history and costs the owner's entries that have none yet. */
    async saveMine(history: readonly CostRateInput[]): Promise<SavedCostRates> {
      return db.transaction('rw', [db.settings, db.timeEntries, ...rollupTables(db)], async () => {
        const current = await readSettings(db);
        const settings = validate(settingsSchema, { ...current, costRates: history, id: SETTINGS_ID });
        await db.settings.put(settings);
        const stamped = await stampMissingCosts(db, settings.costRates, OWNER_PERSON_ID);
        return { settings, stamped };
      });
    },

    /** Saves a teammate's history and costs their entries that have none yet. */
    saveTeammate(id: string, history: readonly CostRateInput[]): Promise<{ teammate: Teammate; stamped: number }> {
      return db.transaction('rw', [db.teammates, db.timeEntries, ...rollupTables(db)], async () => {
        const teammate = await teammatesRepo(db).update(id, { costRates: validate(costRateHistorySchema, history) });
        const stamped = await stampMissingCosts(db, teammate.costRates, teammate.id);
        return { teammate, stamped };
      });
    },
  };
}

/**
 * Gives each of a person's entries without a cost snapshot, on a day some rate covers, the rate in force on its day,
 * and moves the rollups' cost with it. Runs inside the caller's 'rw' transaction over timeEntries and
 * the rollup tables. The rollups count the entries with a cost, so only entries that may lack one are
 * read: projects whose totals say so, then their days from the first rate's day on, then the entries
 * between the first and last such day. Once every entry is costed a save reads one row per project.
 */
async function stampMissingCosts(db: TandemDb, history: readonly CostRate[], personId: string): Promise<number> {
  const first = firstCostDay(history);
  if (first === undefined) return 0;
  const uncosted = (row: RollupFigures) => row.costedEntryCount < row.entryCount;
  const projectIds = (await db.projectTotals.filter(uncosted).primaryKeys()) as string[];
  const before: TimeEntry[] = [];
  const after: TimeEntry[] = [];
  for (const projectId of projectIds) {
    // the first and last day, from the first rate's day on, that still hold an entry without a cost
    let from: DayKey | null = null;
    let to: DayKey | null = null;
    for (const row of await projectDays(db, projectId, first)) {
      if (!uncosted(row)) continue;
      from ??= row.day;
      to = row.day;
    }
    if (from === null || to === null) continue;
    // one range read per project: most of a project's days are uncosted the first time rates are saved
    await db.timeEntries
      .where('[projectId+day]')
      .between([projectId, from], [projectId, to], true, true)
      .each((entry) => {
        if (personOf(entry) !== personId) return;
        const costSnapshot = entry.costSnapshot === undefined ? costRateOn(history, entry.day) : undefined;
        if (costSnapshot === undefined) return;
        before.push(entry);
        after.push({ ...entry, costSnapshot });
      });
  }
  if (after.length === 0) return 0;
  await db.timeEntries.bulkPut(after);
  // a cost cannot change switching (projects, hats, days, instants and minutes stay), so it is not re-read
  await applyEntryChanges(db, { removedEntries: before, addedEntries: after }, { switching: false });
  return after.length;
}
