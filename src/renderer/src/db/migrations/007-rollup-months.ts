import { PROJECT_MONTHS, SWITCHING_MONTHS, monthRowsOf } from '../../domain/rollup-months';
import type { ProjectDay } from '../../domain/rollup-figures';
import type { PersonDaySwitching } from '../../domain/switching/day-rollup';
import type { Migration } from './migration';

// Version 7: the per-day rollups are stored a month to a row (docs/decisions.md, "Rollups are stored by
// month"): projectDays ([projectId+day], day) becomes projectMonths ([projectId+month], month), and
// switchingDays ([day+personId]) becomes switchingMonths ([month+personId]). IndexedDB cannot change a
// primary key in place, so the new tables are filled from the old ones' rows, packed by month (Dexie
// still reads a table this version deletes during its upgrade), and the old ones go.
export const migration007RollupMonths: Migration = {
  version: 7,
  name: 'rollup-months',
  stores: {
    projectDays: null,
    switchingDays: null,
    projectMonths: '[projectId+month], month',
    switchingMonths: '[month+personId]',
  },
  upgrade: async (tx) => {
    const projectDays = await tx.table<ProjectDay>('projectDays').toArray();
    await tx.table('projectMonths').bulkPut(monthRowsOf(PROJECT_MONTHS, projectDays));
    const switchingDays = await tx.table<PersonDaySwitching>('switchingDays').toArray();
    await tx.table('switchingMonths').bulkPut(monthRowsOf(SWITCHING_MONTHS, switchingDays));
  },
};
