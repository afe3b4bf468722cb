import { db } from '../db/db';
import { Rng } from '../db/generator/prng';
import { importEntries } from '../db/repositories/entries-import';
import type { ImportRowInput } from '../db/repositories/entries-import';
import { readSettings } from '../db/repositories/lookups';
import { newId } from '../domain/ids';
import { HATS } from '../domain/model/hat';
import { timeEntrySchema } from '../domain/model/time-entry';
import type { TimeEntry } from '../domain/model/time-entry';
import { addDays, daysBetween, dayKeyOf, maxDayKey, minDayKey } from '../domain/time/day-key';
import { localDateAt } from '../domain/time/wall-clock';

// A bulk import of `count` rows onto existing projects (as a CSV importer would hand over after
// mapping), timed through the app's import and against a raw bulkPut of the same rows.

async function makeRows(count: number, tag: string): Promise<ImportRowInput[]> {
  const today = dayKeyOf(new Date());
  const projects = (await db.projects.toArray()).filter((project) => project.status !== 'planned' && project.startDay !== undefined);
  const rng = new Rng(7);
  return Array.from({ length: count }, (_, index) => {
    const project = rng.pick(projects);
    const from = minDayKey(project.startDay ?? today, today);
    const to = minDayKey(maxDayKey(project.endDay ?? today, from), today);
    const day = addDays(from, rng.int(0, daysBetween(from, to)));
    return {
      projectId: project.id,
      startedAt: localDateAt(day, rng.int(36, 68) * 15).toISOString(),
      day,
      minutes: rng.int(1, 16) * 15,
      hat: rng.pick(HATS),
      note: `Imported row ${index + 1}`,
      externalId: `bench-${tag}:${index + 1}`,
    };
  });
}

export interface ImportTiming {
  rows: number;
  imported: number;
  ms: number;
}

/** importEntries (validation, duplicate check, rollups, one transaction) of `count` rows. */
export async function importRows(count: number): Promise<ImportTiming> {
  const rows = await makeRows(count, `${Date.now()}`);
  const record = { source: 'toggl' as const, fileName: 'benchmark.csv', importedAt: new Date().toISOString(), rowCount: 0 };
  const started = performance.now();
  const result = await importEntries(db, rows, record);
  return { rows: rows.length, imported: result.imported, ms: performance.now() - started };
}

/** The floor: the same rows as finished entries, one bulkPut in one transaction; removed again afterwards. */
export async function rawBulkPut(count: number): Promise<ImportTiming> {
  const rows = await makeRows(count, `raw-${Date.now()}`);
  const settings = await readSettings(db);
  const projects = new Map((await db.projects.toArray()).map((project) => [project.id, project]));
  const currencies = new Map((await db.clients.toArray()).map((client) => [client.id, client.currency]));
  const importId = newId();
  // Parsed outside the timing, so the timed part is the write alone.
  const entries = rows.map((row): TimeEntry => {
    const project = projects.get(row.projectId);
    return timeEntrySchema.parse({
      projectId: row.projectId,
      startedAt: row.startedAt,
      day: row.day,
      minutes: row.minutes,
      hat: row.hat ?? 'production',
      billable: project?.billing !== 'non_billable',
      rateSnapshot: project?.defaultRate ?? settings.defaultRate,
      currency: currencies.get(project?.clientId ?? '') ?? settings.homeCurrency,
      note: row.note ?? '',
      source: { kind: 'import', importId, externalId: row.externalId },
    });
  });
  const started = performance.now();
  await db.transaction('rw', db.timeEntries, async () => {
    await db.timeEntries.bulkPut(entries);
  });
  const ms = performance.now() - started;
  await db.timeEntries.bulkDelete(entries.map((entry) => entry.id)); // keeps rollups and duplicate checks honest
  return { rows: entries.length, imported: entries.length, ms };
}
