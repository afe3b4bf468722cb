import type { Migration } from './migration';

// Version 5: sync (issue 17, docs/decisions.md "Sync"). Four new tables, empty; no stored row changes.
//   outbox         ++seq – changes not yet handed to the replicator, oldest first
//                  &key  – "<table>:<id>": one row per changed record (a newer change replaces the row)
//   syncState      key   – small values: whether sync is on, the replicator's checkpoints
//   syncConflicts  id, key – listed conflicts; by record key, found again when that record changes
//   syncQuarantine id, key – pulled documents refused by validation, for the report
export const migration005Sync: Migration = {
  version: 5,
  name: 'sync',
  stores: {
    outbox: '++seq, &key',
    syncState: 'key',
    syncConflicts: 'id, key',
    syncQuarantine: 'id, key',
  },
};
