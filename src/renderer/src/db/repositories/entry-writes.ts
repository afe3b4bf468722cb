import { ValidationError, validate } from '../../domain/validation';
import { dayKeyOf, isDayKey } from '../../domain/time/day-key';
import { localDateAt } from '../../domain/time/wall-clock';
import { costRateOn } from '../../domain/invoices/cost-rates';
import type { CostRate } from '../../domain/model/cost-rate';
import { OWNER_PERSON_ID } from '../../domain/model/person';
import { timeEntrySchema } from '../../domain/model/time-entry';
import type { Hat } from '../../domain/model/hat';
import type { EntrySource, TimeEntry } from '../../domain/model/time-entry';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { TandemDb } from '../db';
import { planRollupsForNewEntries, rollupTables } from '../rollups';
import { readSettings, requireProjectWithClient } from './lookups';

// Building and inserting time entries, shared by the entries repository and the timer. The
// helpers that read or write expect to run inside a transaction over entryWriteTables().

export function entryWriteTables(db: TandemDb) {
  return [db.timeEntries, db.projects, db.clients, db.settings, db.tasks, db.teammates, ...rollupTables(db)];
}

/** What a form or the timer gives; everything else is derived (currency, rate, day, billable). */
export interface NewEntryInput {
  id?: string;
  projectId: string;
  taskId?: string;
  /** ISO instant; when absent the entry goes after the day's last entry (or ends now without a day) */
  startedAt?: string;
  day?: string;
  minutes: number;
  hat?: Hat;
  billable?: boolean;
  note?: string;
  /** minor units per hour; default the project's rate, else the settings' default rate */
  rateSnapshot?: number;
  source?: Partial<EntrySource>;
}

export function rateFor(project: Project, settings: Settings): number {
  return project.defaultRate ?? settings.defaultRate;
}

/**
 * A person's cost rate history: the owner's in settings, a teammate's on their record (none for a
 * teammate no longer there). Inside a transaction over entryWriteTables().
 */
export async function costRatesOfPerson(db: TandemDb, settings: Settings, personId: string): Promise<readonly CostRate[]> {
  if (personId === OWNER_PERSON_ID) return settings.costRates;
  return (await db.teammates.get(personId))?.costRates ?? [];
}

/**
 * The cost rate in force on an entry's day in its person's history, to fix on the entry when it is
 * logged; no field before the first rate or for a day that is not real.
 */
export function costFieldsFor(rates: readonly CostRate[], day: unknown): { costSnapshot?: number } {
  const rate = isDayKey(day) ? costRateOn(rates, day) : undefined;
  return rate === undefined ? {} : { costSnapshot: rate };
}

export async function requireTaskFor(db: TandemDb, taskId: string | undefined, projectId: string) {
  if (taskId === undefined) return undefined;
  const task = await db.tasks.get(taskId);
  if (!task) throw ValidationError.single('taskId', 'Choose a task that exists');
  if (task.projectId !== null && task.projectId !== projectId) {
    throw ValidationError.single('taskId', 'That task belongs to another project');
  }
  return task;
}

/** Where an entry without a start goes: after the day's last entry, or at the start of work. */
async function appendInstant(db: TandemDb, day: string, settings: Settings): Promise<string> {
  if (!isDayKey(day)) throw ValidationError.single('day', 'Day must be a real day written YYYY-MM-DD');
  let endMs = localDateAt(day, settings.workStartMinute).getTime();
  await db.timeEntries
    .where('day')
    .equals(day)
    .each((entry) => {
      endMs = Math.max(endMs, Date.parse(entry.startedAt) + entry.minutes * 60_000);
    });
  return new Date(endMs).toISOString();
}

/**
 * Resolves defaults and validates; throws ValidationError with field messages. The entry is this
 * computer's person's (settings.devicePersonId), costed at their rate.
 */
export async function buildEntry(db: TandemDb, input: NewEntryInput, now: Date): Promise<TimeEntry> {
  const { project, client } = await requireProjectWithClient(db, input.projectId);
  const task = await requireTaskFor(db, input.taskId, project.id);
  const settings = await readSettings(db);
  const personId = settings.devicePersonId;
  let startedAt = input.startedAt;
  let day = input.day;
  if (startedAt === undefined && day !== undefined) startedAt = await appendInstant(db, day, settings);
  if (startedAt === undefined && Number.isInteger(input.minutes)) {
    startedAt = new Date(now.getTime() - input.minutes * 60_000).toISOString();
  }
  if (day === undefined && startedAt !== undefined && !Number.isNaN(Date.parse(startedAt))) {
    day = dayKeyOf(new Date(startedAt));
  }
  return validate(timeEntrySchema, {
    id: input.id,
    projectId: project.id,
    taskId: input.taskId,
    startedAt,
    day,
    minutes: input.minutes,
    hat: input.hat ?? task?.hat ?? 'production',
    billable: input.billable ?? project.billing !== 'non_billable',
    rateSnapshot: input.rateSnapshot ?? rateFor(project, settings),
    currency: client.currency,
    note: input.note ?? '',
    source: { kind: 'manual', ...input.source },
    personId,
    ...costFieldsFor(await costRatesOfPerson(db, settings, personId), day),
  });
}

/** Entries written per request, so a long import can report how far it is. */
const INSERT_CHUNK_ROWS = 5_000;

export interface InsertProgress {
  /** 'entries' while the entries are written, then 'rollups' once for the totals and figures */
  step: 'entries' | 'rollups';
  done: number;
  total: number;
}

/** Stores new entries and adds them to the rollups, inside the caller's 'rw' transaction. */
export async function insertEntries(
  db: TandemDb,
  entries: readonly TimeEntry[],
  onProgress?: (progress: InsertProgress) => void,
): Promise<void> {
  const writeRollups = await planRollupsForNewEntries(db, entries);
  for (let start = 0; start < entries.length; start += INSERT_CHUNK_ROWS) {
    const chunk = entries.slice(start, start + INSERT_CHUNK_ROWS);
    await db.timeEntries.bulkAdd(chunk);
    onProgress?.({ step: 'entries', done: start + chunk.length, total: entries.length });
  }
  onProgress?.({ step: 'rollups', done: 0, total: 1 });
  await writeRollups();
}
