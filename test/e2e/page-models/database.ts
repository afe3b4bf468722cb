import type { Page } from '@playwright/test';

// The app's database ('tandem') read and written straight through the browser's IndexedDB: the built
// app exposes no repositories. Specs check what was stored, not only what is drawn, and seed rows
// shaped as the zod schemas produce them.

export interface StoredBlock {
  id: string;
  day: string;
  startMinute: number;
  endMinute: number;
  kind: string;
  title: string;
  projectId?: string;
  taskIds: string[];
}

export interface StoredTask {
  id: string;
  title: string;
  projectId: string | null;
  estimateMinutes?: number;
  due?: string;
  hat: string;
  status: string;
  assignee: string;
  order: number;
}

export interface StoredEntry {
  id: string;
  projectId: string;
  day: string;
  minutes: number;
  hat: string;
  source: { kind: string };
}

/** Every row of one object store. */
export async function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The stored block with this title. */
export async function storedBlock(page: Page, title: string): Promise<StoredBlock | undefined> {
  return (await storedRows<StoredBlock>(page, 'timeBlocks')).find((block) => block.title === title);
}

/** Rows to put, by object store. */
export type Rows = Record<string, readonly object[]>;

/**
 * Puts rows into the database the app has open and merges `settings` into the saved settings (which
 * must exist then: save Settings or load the sample agency first). Reload afterwards so the screens read them.
 */
export async function writeRows(page: Page, rows: Rows, settings: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    async ({ tables, patch }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tandem');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const patched = Object.keys(patch).length > 0;
      const tx = database.transaction([...Object.keys(tables), ...(patched ? ['settings'] : [])], 'readwrite');
      for (const [table, list] of Object.entries(tables)) for (const row of list) tx.objectStore(table).put(row);
      if (patched) {
        const store = tx.objectStore('settings');
        const read = store.get('settings');
        read.onsuccess = () => {
          if (read.result) store.put({ ...read.result, ...patch });
        };
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { tables: rows, patch: settings },
  );
}

/** Empties one object store. Reload afterwards so the screens read it. */
export async function clearStore(page: Page, store: string): Promise<void> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tandem');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readwrite').objectStore(name).clear();
          request.onsuccess = () => {
            open.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
