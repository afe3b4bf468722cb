import { DaySwitchingBuilder } from '../../domain/switching/day-rollup';
import type { DayEntry } from '../../domain/switching/day-rollup';
import type { Migration } from './migration';

// Version 5: sync (issue 17, docs/decisions.md "Sync"). Four new tables, empty:
//   outbox         ++seq – changes not yet handed to the replicator, oldest first
//                  &key  – "<table>:<id>": one row per changed record (a newer change replaces the row)
//   syncState      key   – small values: whether sync is on, the replicator's checkpoints
//   syncConflicts  id, key – listed conflicts; by record key, found again when that record changes
//   syncQuarantine id, key – pulled documents refused by validation, for the report
// People (docs/decisions.md "People"): entries and blocks gain an optional personId, not indexed (views
// filter the day ranges they already read); one without it is the owner's, so no entry is rewritten.
// Switching is counted per person, so version 2's daySwitching (one row per day) becomes switchingDays,
// one row per person per day, keyed [day+personId] (a day range of rows is one key range; one person's
// rows are sorted out of it). IndexedDB cannot change a primary key in place: the old table goes and
// the new one is filled from the entries, streamed once, as version 2 filled its table (all of them are
// the owner's until this version, so the rows are the old rows with the owner's id).
export const migration005Sync: Migration = {
  version: 5,
  name: 'sync',
  stores: {
    outbox: '++seq, &key',
    syncState: 'key',
    syncConflicts: 'id, key',
    syncQuarantine: 'id, key',
    daySwitching: null,
    switchingDays: '[day+personId]',
  },
  upgrade: async (tx) => {
    const builder = new DaySwitchingBuilder();
    await tx
      .table<DayEntry, string>('timeEntries')
      .toCollection()
      .each((entry) => builder.add(entry));
    await tx.table('switchingDays').bulkPut(builder.rows());
  },
};
