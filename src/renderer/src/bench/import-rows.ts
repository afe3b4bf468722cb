import { commitCsvImport } from '../db/backup/csv-commit';
import { db } from '../db/db';
import { importTargets } from '../db/queries/backups-import';
import { namesInEntries, resolveTargets } from '../domain/csv/mapping';
import { parseTimeCsv } from '../domain/csv/parse-time-csv';
import { Rng } from '../db/generator/prng';
import type { ImportRowInput } from '../db/repositories/entries-import';
import { readSettings } from '../db/repositories/lookups';
import { newId } from '../domain/ids';
import { HATS } from '../domain/model/hat';
import { timeEntrySchema } from '../domain/model/time-entry';
import type { TimeEntry } from '../domain/model/time-entry';
import { addDays, daysBetween, dayKeyOf, maxDayKey, minDayKey } from '../domain/time/day-key';
import { localDateAt } from '../domain/time/wall-clock';
import { readClock } from '../platform/clock';
import { timeBulkPut } from './bulk-put';

// A bulk import of `count` rows onto existing projects (as a CSV importer would hand over after
// mapping), timed through the app's import and against a raw bulkPut of the same rows.

async function makeRows(count: number, tag: string): Promise<ImportRowInput[]> {
  const today = dayKeyOf(readClock());
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
  /** when each step of the commit began (ms from the start): where the time goes */
  steps?: { step: string; ms: number }[];
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;

/** The rows as a Toggl Track detailed export naming the existing clients and projects, so they map. */
async function togglCsv(rows: readonly ImportRowInput[]): Promise<string> {
  const projects = new Map((await db.projects.toArray()).map((project) => [project.id, project]));
  const clients = new Map((await db.clients.toArray()).map((client) => [client.id, client]));
  const lines = ['User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags'];
  for (const row of rows) {
    const project = projects.get(row.projectId);
    const client = project ? clients.get(project.clientId) : undefined;
    const start = new Date(row.startedAt);
    const startMinute = start.getHours() * 60 + start.getMinutes();
    const end = startMinute + row.minutes;
    lines.push(
      ['Bench User', 'bench@example.test', csvCell(client?.name ?? ''), csvCell(project?.name ?? ''), '', csvCell(row.note ?? ''), 'Yes', row.day, clock(startMinute), row.day, clock(end), clock(row.minutes), ''].join(','),
    );
  }
  return lines.join('\n');
}

/**
 * The CSV import the user runs: a Toggl export of `count` rows parsed, mapped onto the existing clients
 * and projects, and committed (validation, duplicate check, rollups, one transaction). The CSV text is
 * built outside the timing.
 */
export async function importRows(count: number): Promise<ImportTiming> {
  const text = await togglCsv(await makeRows(count, `${readClock().getTime()}`));
  const started = performance.now();
  const parsed = parseTimeCsv(text, { fileName: 'benchmark.csv', workStartMinute: 9 * 60 });
  if (!parsed.ok) throw new Error(parsed.error);
  const targets = resolveTargets(namesInEntries(parsed.value.entries), await importTargets(db));
  const steps = [{ step: 'parse', ms: 0 }];
  const mark = (step: string) => steps.push({ step, ms: performance.now() - started });
  const result = await commitCsvImport(
    db,
    {
      source: parsed.value.source,
      fileName: 'benchmark.csv',
      entries: parsed.value.entries,
      ...targets,
      errorRows: parsed.value.problems.filter((problem) => problem.kind === 'error').length,
      skipErrorRows: true,
    },
    { onProgress: ({ phase, done }) => mark(done === undefined ? phase : `${phase} ${done}`) },
  );
  mark('end');
  return { rows: count, imported: result.imported, ms: performance.now() - started, steps };
}

/** The floor: the same rows as finished entries, one bulkPut in one transaction. */
export async function rawBulkPut(count: number): Promise<ImportTiming> {
  const rows = await makeRows(count, `raw-${readClock().getTime()}`);
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
  // Left in place: the benchmark runs this in a throwaway copy of the dataset of its own.
  const { ms } = await timeBulkPut(new Map([['timeEntries', entries]]));
  return { rows: entries.length, imported: entries.length, ms };
}
