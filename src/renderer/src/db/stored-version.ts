import { CURRENT_SCHEMA_VERSION } from './schema';

// Which schema version a database was saved at, read before Dexie opens it. Dexie 4 opens a database
// whose stored version is above the declared one at that stored version, and adds any store or index
// it declares that is missing (bumping the native version by one): old code would then write to data
// a newer Tandem laid out. So the start-up reads the version first and opens nothing when it is newer.

/** Dexie stores schema version n as n × 10 in IndexedDB (a few more once Dexie has patched a schema in place). */
const DEXIE_VERSION_FACTOR = 10;

export interface NewerDatabase {
  /** the schema version the data was saved at */
  storedVersion: number;
  /** the newest schema version this build reads (CURRENT_SCHEMA_VERSION) */
  appVersion: number;
}

/**
 * The schema version of the database `name` as stored, or null when there is no such database or the
 * browser cannot list databases. indexedDB.databases() reads it without opening a connection, so
 * nothing is created, upgraded or blocked.
 */
export async function readStoredSchemaVersion(name: string, factory: IDBFactory = indexedDB): Promise<number | null> {
  if (typeof factory.databases !== 'function') return null;
  const stored = (await factory.databases()).find((info) => info.name === name);
  if (!stored?.version) return null;
  // Floored: a Dexie schema patch stores version × 10 + 1, which still holds that version's data.
  return Math.floor(stored.version / DEXIE_VERSION_FACTOR);
}

/** The versions to show when `name` was saved by a newer schema than this build's; null otherwise. */
export async function findNewerDatabase(name: string, factory: IDBFactory = indexedDB): Promise<NewerDatabase | null> {
  const storedVersion = await readStoredSchemaVersion(name, factory);
  return storedVersion !== null && storedVersion > CURRENT_SCHEMA_VERSION
    ? { storedVersion, appVersion: CURRENT_SCHEMA_VERSION }
    : null;
}
