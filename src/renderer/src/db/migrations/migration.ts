import type { Transaction } from 'dexie';

// One step of the schema version chain. Files in this folder are numbered (NNN-name.ts) and never
// edited once shipped: a change is a new file with the next version. `stores` lists only the
// tables whose indexes change in this version (null deletes a table), as Dexie expects; `upgrade`
// rewrites existing rows and must touch only IndexedDB (it runs inside the versionchange transaction).
export interface Migration {
  version: number;
  name: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}
