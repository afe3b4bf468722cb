import { DaySwitchingBuilder } from '../../domain/switching/day-rollup';
import type { DayEntry } from '../../domain/switching/day-rollup';
import type { Migration } from './migration';

// Version 2: the daySwitching rollup, one row per local day with entries (switches, focus
// stretches, deep work, minutes per hat), keyed and range-read by its primary key `day`, so the
// Switching screen reads a quarter of rows instead of every entry in it.
// The upgrade fills it from the entries already stored, streamed once. It uses today's domain
// code on purpose: the rollup is derived data that repairRollups can always rebuild, so a later
// change to the figures only needs a repair, never a change to this file.
export const migration002DaySwitching: Migration = {
  version: 2,
  name: 'day-switching',
  stores: {
    daySwitching: 'day',
  },
  upgrade: async (tx) => {
    const builder = new DaySwitchingBuilder();
    await tx
      .table<DayEntry, string>('timeEntries')
      .toCollection()
      .each((entry) => builder.add(entry));
    await tx.table('daySwitching').bulkPut(builder.rows());
  },
};
