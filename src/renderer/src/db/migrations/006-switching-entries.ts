import { DaySwitchingBuilder } from '../../domain/switching/day-rollup';
import type { DayEntry } from '../../domain/switching/day-rollup';
import type { Migration } from './migration';

// Version 6: each switchingDays row keeps its day's entries in short form (id, start, minutes,
// project, hat), so a change to a day's entries recomputes the row from the row and the change,
// never by reading the day's entries back (docs/decisions.md, "Switching rows keep their entries").
// No index changes; the rows are rebuilt from the entries, streamed once, as versions 2 and 5 did.
export const migration006SwitchingEntries: Migration = {
  version: 6,
  name: 'switching-entries',
  stores: {},
  upgrade: async (tx) => {
    const builder = new DaySwitchingBuilder();
    await tx
      .table<DayEntry, string>('timeEntries')
      .toCollection()
      .each((entry) => builder.add(entry));
    const switchingDays = tx.table('switchingDays');
    await switchingDays.clear();
    await switchingDays.bulkPut(builder.rows());
  },
};
