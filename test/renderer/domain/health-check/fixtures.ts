import { budgetHealth } from '../../../../src/renderer/src/domain/budget/budget-health';
import type { BudgetHealth, BudgetStatus, StatusReason } from '../../../../src/renderer/src/domain/budget/types';
import type {
  AskContext,
  ClientFacts,
  OpenTask,
  ProjectFacts,
  Workload,
} from '../../../../src/renderer/src/domain/health-check/types';
import type { PmContext } from '../../../../src/renderer/src/domain/health-check/pm-rules';
import { clientSchema } from '../../../../src/renderer/src/domain/model/client';
import type { Client, ClientInput } from '../../../../src/renderer/src/domain/model/client';
import type { Project, ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import type { DayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';
import { toCurrencyCode, toMinor } from '../../../../src/renderer/src/domain/units/money';
import type { OpenInvoice } from '../../../../src/renderer/src/domain/health-check/invoice-facts';
import { makeProject as makeBudgetProject } from '../budget/fixtures';

// Builders for hand-computed health-check cases. Today is Wednesday 2026-03-18 unless a test says
// otherwise; dates in evidence are en-US.

export const TODAY = toDayKey('2026-03-18');
export const CONTEXT: AskContext = { today: TODAY, locale: 'en-US' };
export const day = (value: string): DayKey => toDayKey(value);

export function makeClient(input: Partial<ClientInput> = {}): Client {
  return clientSchema.parse({ id: 'c1', name: 'Acme', currency: 'EUR', owner: 'Sam', ...input });
}

/** An active time-and-materials project WEB of client c1 with a 100-hour budget. */
export function makeProject(input: Partial<ProjectInput> = {}): Project {
  return makeBudgetProject({ budgetMinutes: 6000, ...input });
}

/** The instant of 16:00 local time on `dayKey`, as the repository stores a sent time. */
export function sentOn(dayKey: string): string {
  return localDateAt(toDayKey(dayKey), 16 * 60).toISOString();
}

export function clientFacts(client: Partial<ClientInput> = {}, rest: Partial<Omit<ClientFacts, 'client'>> = {}): ClientFacts {
  return { client: makeClient(client), projects: [makeProject()], sentAt: [], openInvoices: [], ...rest };
}

/** An open invoice of c1 in EUR, as invoice-facts.ts hands it to the rules. */
export function openInvoice(input: Partial<OpenInvoice> = {}): OpenInvoice {
  return { id: 'i1', number: '2026-0001', currency: toCurrencyCode('EUR'), balance: toMinor(75_000), daysOverdue: 0, ...input };
}

/** A real budget health of the project with nothing logged, then its status and reasons set as a case needs. */
export function healthWith(project: Project, status: BudgetStatus, reasons: StatusReason[] = []): BudgetHealth {
  const base = budgetHealth({
    project,
    currency: toCurrencyCode('EUR'),
    totals: { minutes: 0, amountMinor: 0, expensesMinor: 0 },
    days: [],
    blocks: [],
    settings: { burnWindowDays: 14, workWeekDays: 5, defaultRate: 10_000 },
    today: TODAY,
  });
  return { ...base, status, reasons };
}

export function task(id: string, input: Partial<OpenTask> = {}): OpenTask {
  return { id, title: `Task ${id}`, assignee: 'me', due: day('2026-03-20'), ...input };
}

export function projectFacts(
  project: Partial<ProjectInput> = {},
  rest: Partial<Omit<ProjectFacts, 'project'>> = {},
): ProjectFacts {
  const made = makeProject(project);
  return { project: made, health: healthWith(made, 'green'), loggedCount: 10, openTasks: [], ...rest };
}

/** The next two weeks (Mar 18 – Mar 31, 10 working days of 8 h) with `planned` minutes for p1 and `others` for other projects. */
export function workload(planned = 0, others = 0): Workload {
  return {
    from: TODAY,
    to: day('2026-03-31'),
    workingDays: 10,
    capacityMinutes: 4800,
    plannedMinutes: planned + others,
    plannedByProject: new Map(planned > 0 ? [['p1', planned]] : []),
  };
}

export function pmContext(input: Partial<PmContext> = {}): PmContext {
  return { ...CONTEXT, workload: workload(), teammateIds: new Set(['t1']), ...input };
}
