import type { Page } from '@playwright/test';

// Reading what the Tasks screen stored, straight from the browser's IndexedDB.

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

/** Every row of one table, read with the browser's own IndexedDB (the app's database is 'tandem'). */
export function readAll<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('tandem');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const read = database.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            resolve(read.result as T[]);
            database.close();
          };
          read.onerror = () => reject(read.error);
        };
      }),
    table,
  );
}

export async function storedTask(page: Page, title: string): Promise<StoredTask | undefined> {
  return (await readAll<StoredTask>(page, 'tasks')).find((task) => task.title === title);
}

export async function listOrder(page: Page, projectId: string): Promise<string[]> {
  const tasks = (await readAll<StoredTask>(page, 'tasks')).filter((task) => task.projectId === projectId);
  return tasks.sort((a, b) => a.order - b.order).map((task) => task.title);
}

export async function projectByCode(page: Page, code: string): Promise<{ id: string; name: string }> {
  const project = (await readAll<{ id: string; code: string; name: string }>(page, 'projects')).find((p) => p.code === code);
  if (!project) throw new Error(`No project ${code}`);
  return project;
}

