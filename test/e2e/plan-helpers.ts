import type { Locator, Page } from '@playwright/test';

// Shared by the Today and Planner specs: a pinned weekday, the sample agency, and the stored blocks.

/**
 * Tuesday 1 December 2026, 10:20 in Berlin, in weeks from Monday, whatever the run's test clock: the
 * sample agency plans this week and next around it, and these specs drag blocks into its free
 * afternoon and name the week's columns. Use as `test.use(PINNED_MOMENT)`.
 */
export const PINNED_MOMENT = { pinnedNow: '2026-12-01T10:20:00+01:00', timezoneId: 'Europe/Berlin', weekStart: null };
export const PINNED_DAY = '2026-12-01';

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

/** The stored block with this title (read from the database, not from the screen). */
export async function storedBlock(page: Page, title: string): Promise<StoredBlock | undefined> {
  return (await storedRows<StoredBlock>(page, 'timeBlocks')).find((block) => block.title === title);
}

export interface StoredTask {
  id: string;
  title: string;
  estimateMinutes?: number;
  hat: string;
  projectId: string | null;
}

export interface StoredEntry {
  id: string;
  projectId: string;
  day: string;
  minutes: number;
  hat: string;
  source: { kind: string };
}

/** Every row of one object store, read straight from IndexedDB. */
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

/** A mouse drag in small steps, as a person does it (dnd-kit starts after a few pixels). */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 6, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The centre of a locator's box, optionally shifted. */
export async function pointIn(locator: Locator, dy = 0, dx = 0): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not visible');
  return { x: box.x + box.width / 2 + dx, y: box.y + box.height / 2 + dy };
}

/** A slot of the day grid by its time ('15:00') on a day ('Tuesday, December 1'). */
export function slot(page: Page, dayName: string, time: string): Locator {
  return page.getByRole('gridcell', { name: new RegExp(`^${dayName}, ${time}`) });
}
