import type Dexie from 'dexie';
import { migration001Initial } from './migrations/001-initial';
import { migration002DaySwitching } from './migrations/002-day-switching';
import { migration003OpenTasksByDue } from './migrations/003-open-tasks-by-due';
import { migration004Invoices } from './migrations/004-invoices';
import { migration005Sync } from './migrations/005-sync';
import { migration006SwitchingEntries } from './migrations/006-switching-entries';
import { migration007RollupMonths } from './migrations/007-rollup-months';
import type { Migration } from './migrations/migration';

// The version chain, oldest first. Add a migration file and append it here; never reorder or
// edit a shipped step (users' databases are at every version in between).
export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002DaySwitching,
  migration003OpenTasksByDue,
  migration004Invoices,
  migration005Sync,
  migration006SwitchingEntries,
  migration007RollupMonths,
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 1;

/** Declares every version on a Dexie instance; Dexie runs the upgrades a stored database lacks. */
export function declareSchema(db: Dexie, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
}

/** The full set of stores at a version (each table's latest declaration up to it), for tests and tools. */
export function storesAtVersion(version: number, migrations: readonly Migration[] = MIGRATIONS): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const migration of migrations) {
    if (migration.version > version) break;
    for (const [table, spec] of Object.entries(migration.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}
