import Dexie from 'dexie';
import { createTandemDb } from '../../../src/renderer/src/db/db';
import type { TandemDb } from '../../../src/renderer/src/db/db';
import { storesAtVersion } from '../../../src/renderer/src/db/schema';

// Upgrade tests: build a database as an older version left it, with raw Dexie and that version's
// stores, then open it the way the app does and check the data. For a new migration NNN, seed at
// version NNN-1 with `seedShippedVersion` and assert what NNN's upgrade did.

let counter = 0;

export function uniqueDbName(label: string): string {
  counter += 1;
  return `migration-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Creates `name` at `version` with exactly `stores`, lets `seed` write rows, and closes it. */
export async function seedAtVersion(
  name: string,
  version: number,
  stores: Record<string, string>,
  seed: (db: Dexie) => Promise<void>,
): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(stores);
  await raw.open();
  try {
    await seed(raw);
  } finally {
    raw.close();
  }
}

/** Seeds a database as shipped version `version` of our own chain left it. */
export function seedShippedVersion(name: string, version: number, seed: (db: Dexie) => Promise<void>): Promise<void> {
  return seedAtVersion(name, version, storesAtVersion(version), seed);
}

/** Opens the database with the app's current schema, running every pending upgrade. */
export async function openCurrent(name: string): Promise<TandemDb> {
  const db = createTandemDb(name);
  await db.open();
  return db;
}

/** The indexes IndexedDB really holds for a table (what Dexie built), for asserting schema changes. */
export function indexNames(db: Dexie, table: string): string[] {
  return db
    .table(table)
    .schema.indexes.map((index) => index.name)
    .sort();
}
