import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { localDateAt } from '../../domain/time/wall-clock';
import type { ImportRecord } from '../../domain/model/import-record';
import type { Task } from '../../domain/model/task';
import type { GeneratedAgency } from './dataset';
import { CLIENT_NAMES } from './names';
import { Rng } from './prng';
import { makeClient, makeTeammates, sampleSettings } from './sample-people';
import type { ClientPlan } from './sample-people';
import { SAMPLE_PROJECTS } from './sample-project-specs';
import { makeSampleProjects } from './sample-projects';
import { makeSampleBlocks, makeSampleDrafts, makeSampleTasks } from './sample-plan';
import { calibrateBudgets, makeSampleTime } from './sample-time';
import { makeSampleInvoices } from './sample-invoices';

// The sample agency: one person's workspace with eight clients and twenty projects, six months of
// history ending on `today`, and invoices in every state (sample-invoices.ts). Deterministic: the same seed and day give the same records (times
// are local wall-clock, so instants depend on the machine's zone).

export interface AgencyOptions {
  today: DayKey;
  seed?: number;
  /** days of time history before today (default 182, six months) */
  historyDays?: number;
}

const SAMPLE_CLIENTS: readonly ClientPlan[] = [
  { name: CLIENT_NAMES[0], currency: 'EUR', mood: 4 },
  { name: CLIENT_NAMES[1], currency: 'EUR', mood: 3 },
  { name: CLIENT_NAMES[2], currency: 'EUR', mood: 5 },
  { name: CLIENT_NAMES[3], currency: 'EUR', mood: 3 },
  { name: CLIENT_NAMES[4], currency: 'USD', mood: 4 },
  { name: CLIENT_NAMES[5], currency: 'EUR', mood: 2 },
  { name: CLIENT_NAMES[6], currency: 'GBP', mood: 4 },
  { name: 'Fieldwork Studio (internal)', currency: 'EUR', mood: 4 },
];

export function generateAgency(options: AgencyOptions): GeneratedAgency {
  const rng = new Rng(options.seed ?? 1);
  const today = options.today;
  const historyDays = options.historyDays ?? 182;
  const settings = sampleSettings('Fieldwork Studio');
  const teammates = makeTeammates(rng, 3);
  const clients = SAMPLE_CLIENTS.map((plan) => makeClient(rng, plan, addDays(today, -historyDays), today));
  const planned = makeSampleProjects(rng, clients, today, settings.defaultRate);
  const tasks = makeSampleTasks(rng, planned, today, teammates);
  const tasksByProject = new Map<string, Task[]>();
  for (const task of tasks)
    if (task.projectId) tasksByProject.set(task.projectId, [...(tasksByProject.get(task.projectId) ?? []), task]);
  const importedBefore = addDays(today, -150);
  const importRecord: ImportRecord = {
    id: rng.uuid(),
    source: 'toggl',
    fileName: 'toggl-detailed-export.csv',
    importedAt: localDateAt(importedBefore, 10 * 60).toISOString(),
    rowCount: 0,
  };
  const currencyByClient = new Map(clients.map((client) => [client.id, client.currency]));
  const { entries, expenses } = makeSampleTime({
    rng,
    today,
    days: historyDays,
    defaultRate: settings.defaultRate,
    projects: planned,
    specs: SAMPLE_PROJECTS,
    currencyOf: (project) => currencyByClient.get(project.clientId) ?? settings.homeCurrency,
    tasksOf: (projectId) => tasksByProject.get(projectId) ?? [],
    importedBefore,
    importRecord,
    rateRaisedOn: addDays(today, -90),
  });
  const projects = calibrateBudgets(planned, SAMPLE_PROJECTS, entries, expenses, settings.defaultRate);
  const tasksAndPlan = {
    tasks,
    timeBlocks: makeSampleBlocks(rng, projects, tasks, today),
    updateDrafts: makeSampleDrafts(rng, clients, today),
  };
  const billed = makeSampleInvoices({ rng, today, settings, clients, projects, entries, expenses });
  return {
    settings: [settings],
    teammates,
    clients,
    projects,
    imports: [importRecord],
    timeEntries: billed.entries,
    expenses: billed.expenses,
    invoices: billed.invoices,
    payments: billed.payments,
    ...tasksAndPlan,
  };
}
