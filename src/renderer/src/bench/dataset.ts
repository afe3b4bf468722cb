import { db } from '../db/db';
import { SCALE_COUNTS, generateScaleDataset } from '../db/generator/scale';
import type { ScaleCounts } from '../db/generator/scale';
import { bulkLoadDataset } from '../db/generator/load';
import type { LoadCounts, LoadProgress } from '../db/generator/load';
import { dayKeyOf } from '../domain/time/day-key';
import { readClock } from '../platform/clock';

// Generating the scale dataset into the app's database, and reading what it holds.

export interface LoadResult {
  ms: number;
  today: string;
  loaded: LoadCounts;
}

/** Replaces whatever the app's database holds with the seeded scale dataset. */
export async function loadScale(counts: Partial<ScaleCounts>, onProgress?: (progress: LoadProgress) => void, seed = 42): Promise<LoadResult> {
  const today = dayKeyOf(readClock());
  const started = performance.now();
  const loaded = await bulkLoadDataset(db, generateScaleDataset({ today, counts, seed }), { replace: true, onProgress });
  return { ms: performance.now() - started, today, loaded };
}

/** Rows per table, plus the records nested in clients and projects. */
export async function datasetCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  const [clients, projects] = await Promise.all([db.clients.toArray(), db.projects.toArray()]);
  const sum = (lengths: number[]) => lengths.reduce((total, length) => total + length, 0);
  counts.checkIns = sum(clients.map((client) => client.checkIns.length));
  counts.contacts = sum(clients.map((client) => client.contacts.length));
  counts.opportunities = sum(clients.map((client) => client.opportunities.length));
  counts.milestones = sum(projects.map((project) => project.milestones.length));
  counts.scopeItems = sum(projects.map((project) => project.scopeItems.length));
  counts.changeRequests = sum(projects.map((project) => project.changeRequests.length));
  return counts;
}

export interface BiggestProject {
  projectId: string;
  clientId: string;
  code: string;
  entryCount: number;
}

/** The project with the most time entries (from the rollups), for detail views and writes. */
export async function biggestProject(): Promise<BiggestProject> {
  const totals = await db.projectTotals.toArray();
  const top = totals.reduce((best, row) => (row.entryCount > best.entryCount ? row : best));
  const project = await db.projects.get(top.projectId);
  if (!project) throw new Error(`Project ${top.projectId} has totals but no record`);
  return { projectId: project.id, clientId: project.clientId, code: project.code, entryCount: top.entryCount };
}

/** The baseline: one raw IndexedDB getAll of every time entry. */
export async function fullScanEntries(): Promise<{ ms: number; rows: number }> {
  const idb = (await db.open()).backendDB();
  const started = performance.now();
  const rows = await new Promise<number>((resolve, reject) => {
    const request = idb.transaction('timeEntries', 'readonly').objectStore('timeEntries').getAll();
    request.onsuccess = () => resolve((request.result as unknown[]).length);
    request.onerror = () => reject(request.error ?? new Error('getAll failed'));
  });
  return { ms: performance.now() - started, rows };
}

/** SCALE_COUNTS divided by `divisor` (whole numbers, at least one), over the same years. */
export function scaleCounts(divisor = 1): ScaleCounts {
  const divided = (value: number) => Math.max(1, Math.round(value / divisor));
  const counts = { ...SCALE_COUNTS };
  for (const key of Object.keys(counts) as (keyof ScaleCounts)[]) if (key !== 'years') counts[key] = divided(counts[key]);
  return counts;
}
