import { toMinor } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { toMinutes } from '../../domain/units/minutes';
import { addDays, eachDay } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { isWorkingDay } from '../../domain/time/week';
import { localDateAt } from '../../domain/time/wall-clock';
import { HATS } from '../../domain/model/hat';
import type { ImportRecord } from '../../domain/model/import-record';
import type { Project } from '../../domain/model/project';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { Expense } from '../../domain/model/expense';
import type { DatasetBatch, DatasetRecordTypes, DatasetTable } from './dataset';
import { ENTRY_NOTES, EXPENSE_NOTES } from './names';
import { Rng } from './prng';
import { makeTeammates, sampleSettings } from './sample-people';
import { makeScaleClients, makeScaleProjects, shareOf } from './scale-projects';
import { makeTask } from './sample-plan';
import { ScaleInvoiceBook } from './scale-invoices';

// The performance dataset: a decade of a five-person agency, yielded in batches so a benchmark
// can write it with progress and without holding 200,000 entries in memory. Counts are exact, but
// for the invoices (about one a month per client with billable work, scale-invoices.ts) and their
// payments, which follow from the work.

export interface ScaleCounts {
  clients: number;
  projects: number;
  timeEntries: number;
  tasks: number;
  timeBlocks: number;
  expenses: number;
  updateDrafts: number;
  years: number;
}

export const SCALE_COUNTS: ScaleCounts = {
  clients: 60,
  projects: 400,
  timeEntries: 200_000,
  tasks: 20_000,
  timeBlocks: 15_000,
  expenses: 2_500,
  updateDrafts: 3_000,
  years: 10,
};

export interface ScaleOptions {
  today: DayKey;
  seed?: number;
  /** rows per batch (default 5000) */
  batchSize?: number;
  /** smaller datasets for tests */
  counts?: Partial<ScaleCounts>;
}

const PEOPLE = 5;
const BLOCK_PATTERN: readonly [number, number, TimeBlock['kind'], string][] = [
  [540, 690, 'deep_work', 'Deep work'],
  [690, 750, 'client', 'Client time'],
  [750, 795, 'break', 'Lunch'],
  [795, 840, 'pm_admin', 'Admin'],
  [840, 900, 'meeting', 'Team meeting'],
  [900, 1020, 'deep_work', 'Deep work'],
];

function* inBatches<K extends DatasetTable>(
  table: K,
  rows: Iterable<DatasetRecordTypes[K]>,
  size: number,
): Generator<DatasetBatch> {
  let batch: DatasetRecordTypes[K][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield { table, rows: batch } as DatasetBatch; // `table` and `rows` belong together by construction
      batch = [];
    }
  }
  if (batch.length > 0) yield { table, rows: batch } as DatasetBatch;
}

/** Projects running on `day` (started, not yet ended), for picking where time goes. */
function activeOn(projects: readonly Project[], day: DayKey): Project[] {
  return projects.filter((p) => p.status !== 'planned' && (p.startDay ?? day) <= day && (p.endDay ?? day) >= day);
}

export function* generateScaleDataset(options: ScaleOptions): Generator<DatasetBatch> {
  const counts = { ...SCALE_COUNTS, ...options.counts };
  const size = options.batchSize ?? 5_000;
  const rng = new Rng(options.seed ?? 42);
  const today = options.today;
  const from = addDays(today, -Math.round(counts.years * 365.25));
  const workDays = eachDay(from, today).filter((day) => isWorkingDay(day, 5));

  const settings = sampleSettings('Fieldwork Studio');
  const teammates = makeTeammates(rng, PEOPLE - 1);
  const clients = makeScaleClients(rng, counts.clients, from, today);
  const projects = makeScaleProjects(rng, counts.projects, clients, from, today);
  const currencyOf = new Map<string, CurrencyCode>(
    projects.map((p) => [p.id, clients.find((c) => c.id === p.clientId)?.currency ?? settings.homeCurrency]),
  );
  const importRecord: ImportRecord = {
    id: rng.uuid(),
    source: 'harvest',
    fileName: 'harvest-2016-2018.csv',
    importedAt: localDateAt(addDays(from, 730), 600).toISOString(),
    rowCount: 0,
  };
  const importedBefore = addDays(from, 730);
  const book = new ScaleInvoiceBook({ seed: options.seed ?? 42, today, settings, clients, projects });
  yield { table: 'settings', rows: [settings] };
  yield { table: 'teammates', rows: teammates };
  yield* inBatches('clients', clients, size);
  yield* inBatches('projects', projects, size);

  function* entries(): Generator<TimeEntry> {
    for (const [dayIndex, day] of workDays.entries()) {
      const active = activeOn(projects, day);
      const pool = active.length > 0 ? active : projects;
      const cursor = Array.from({ length: PEOPLE }, () => 540 + rng.int(-3, 3) * 5);
      const count = shareOf(counts.timeEntries, workDays.length, dayIndex);
      for (let k = 0; k < count; k += 1) {
        const person = k % PEOPLE;
        const start = cursor[person] ?? 540;
        const minutes = rng.int(2, 12) * 5;
        cursor[person] = Math.min(23 * 60, start + minutes + rng.int(0, 2) * 5);
        const project = rng.pick(pool);
        const hat = rng.pick(HATS);
        const imported = day < importedBefore;
        const entry: TimeEntry = {
          id: rng.uuid(),
          projectId: project.id,
          startedAt: localDateAt(day, Math.min(start, 1439)).toISOString(),
          day,
          minutes: toMinutes(minutes),
          hat,
          billable: project.billing !== 'non_billable',
          rateSnapshot: project.defaultRate ?? settings.defaultRate,
          currency: currencyOf.get(project.id) ?? settings.homeCurrency,
          note: rng.pick(ENTRY_NOTES[hat]),
          source: imported
            ? { kind: 'import', importId: importRecord.id, externalId: `harvest:${dayIndex}:${k}` }
            : { kind: 'timer' },
        };
        book.billEntry(entry);
        yield entry;
        if (imported) importRecord.rowCount += 1;
      }
    }
  }
  yield* inBatches('timeEntries', entries(), size);
  yield { table: 'imports', rows: [importRecord] }; // after the entries, once its rowCount is known

  yield* inBatches(
    'expenses',
    (function* () {
      for (let i = 0; i < counts.expenses; i += 1) {
        const day = rng.pick(workDays);
        const project = rng.pick(
          activeOn(projects, day)
            .filter((p) => p.billing !== 'non_billable')
            .concat(projects.slice(0, 1)),
        );
        const expense: Expense = {
          id: rng.uuid(),
          projectId: project.id,
          day,
          amount: toMinor(rng.int(1_000, 150_000)),
          currency: currencyOf.get(project.id) ?? settings.homeCurrency,
          billable: rng.chance(0.8),
          note: rng.pick(EXPENSE_NOTES),
        };
        book.billExpense(expense);
        yield expense;
      }
    })(),
    size,
  );

  // After every entry and expense went past the book: its invoices bill exactly the rows stamped.
  const { invoices, payments } = book.build();
  yield* inBatches('invoices', invoices, size);
  yield* inBatches('payments', payments, size);

  yield* inBatches(
    'tasks',
    (function* () {
      const inbox = Math.round(counts.tasks * 0.01);
      for (let i = 0; i < inbox; i += 1) yield makeTask(rng, null, i, today, teammates, rng.chance(0.8));
      for (const [index, project] of projects.entries()) {
        const count = shareOf(counts.tasks - inbox, projects.length, index);
        for (let order = 0; order < count; order += 1)
          yield makeTask(rng, project.id, order, today, teammates, project.status === 'done');
      }
    })(),
    size,
  );

  yield* inBatches(
    'timeBlocks',
    (function* () {
      const days = workDays.slice(-Math.ceil(counts.timeBlocks / BLOCK_PATTERN.length));
      for (const [index, day] of days.entries()) {
        const active = activeOn(projects, day);
        const count = shareOf(counts.timeBlocks, days.length, index);
        for (let k = 0; k < count; k += 1) {
          const pattern = BLOCK_PATTERN[k % BLOCK_PATTERN.length];
          if (!pattern) continue;
          const [startMinute, endMinute, kind, title] = pattern;
          const project = kind === 'break' || active.length === 0 ? undefined : rng.pick(active);
          yield { id: rng.uuid(), day, startMinute, endMinute, kind, projectId: project?.id, taskIds: [], title };
        }
      }
    })(),
    size,
  );

  yield* inBatches(
    'updateDrafts',
    (function* () {
      for (let i = 0; i < counts.updateDrafts; i += 1) {
        const client = clients[i % clients.length];
        if (!client) return;
        const periodStart = addDays(today, -7 * (Math.floor(i / clients.length) + 1));
        const sent = i >= clients.length;
        yield {
          id: rng.uuid(),
          clientId: client.id,
          periodStart,
          periodEnd: addDays(periodStart, 4),
          body: `## Update for ${client.name}\n\nDone, next, budget and decisions.`,
          status: sent ? ('sent' as const) : ('draft' as const),
          sentAt: sent ? localDateAt(addDays(periodStart, 4), 16 * 60).toISOString() : undefined,
        };
      }
    })(),
    size,
  );
}
