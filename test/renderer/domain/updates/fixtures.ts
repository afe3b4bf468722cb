import { projectSchema } from '../../../../src/renderer/src/domain/model/project';
import type { Project, ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { taskSchema } from '../../../../src/renderer/src/domain/model/task';
import type { Task, TaskInput } from '../../../../src/renderer/src/domain/model/task';
import { timeBlockSchema } from '../../../../src/renderer/src/domain/model/time-block';
import type { TimeBlock, TimeBlockInput } from '../../../../src/renderer/src/domain/model/time-block';
import type { DayFigures, SpentTotals } from '../../../../src/renderer/src/domain/budget/types';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toCurrencyCode } from '../../../../src/renderer/src/domain/units/money';
import type { UpdateDraftInput, UpdateProjectSource } from '../../../../src/renderer/src/domain/updates/draft-types';

// A small agency week for client updates. Today is Wednesday 2026-03-18; the default period is
// Thu 12 – Wed 18 March, the next window Wed 18 – Tue 24 March. Every rate is €100 an hour.
//
// Acme (EUR):
// - WEB Website, T&M, 100h budget to 17 April; scope 60h done of 100h; 70h logged: 50h in
//   February, 2h on each working day of the burn window (5 – 18 March), so 10h in the period,
//   plus a €50 expense on 16 March. Budget health (see the budget tests): red, EAC 116h 40m
//   (117 %), and amber, running out on 8 April. Tasks: done in the period (one without doneAt,
//   due in it), done earlier, open ones due next, one overdue, one waiting on the client, one
//   due later. Change requests: one estimated (20h, €2,000), one asked. Milestones: one
//   reached in the period, one due next, one reached in January.
// - SUP Support, retainer 10h a month from 1 January: 2h, 1h, 1h 30m in March (1h 30m in the
//   period): 4h 30m used, 5h 30m left this cycle, green. One task done today.
// - BRD Brand book, fixed fee €5,000, on hold, 10h logged in February: 20 % used, green.
// - PIT Pitch, done, no budget, a milestone reached on 14 March: it has news, so it is included.
// - OLD Old site, done, nothing in the period: left out.
// Globex: one project that is not Acme's, passed in by mistake: ignored.

export const TODAY = toDayKey('2026-03-18');
export const PERIOD = { start: toDayKey('2026-03-12'), end: toDayKey('2026-03-18') };
export const EUR = toCurrencyCode('EUR');
export const ACME = { id: 'acme', name: 'Acme', currency: EUR };

export function project(input: Partial<ProjectInput> & Pick<ProjectInput, 'id' | 'name' | 'code'>): Project {
  return projectSchema.parse({ clientId: ACME.id, status: 'active', billing: 'time_and_materials', ...input });
}

let order = 0;
export function task(projectId: string, title: string, input: Partial<TaskInput> = {}): Task {
  order += 1;
  return taskSchema.parse({ id: `t${order}`, projectId, title, order, ...input });
}

export function block(projectId: string, day: string, startMinute: number, endMinute: number, input: Partial<TimeBlockInput> = {}): TimeBlock {
  return timeBlockSchema.parse({ id: `b${day}${startMinute}${projectId}`, projectId, day, startMinute, endMinute, kind: 'deep_work', ...input });
}

/** Per-day rollups at €100 an hour, with expenses on some days; the totals are their sums. */
export function rollups(minutesByDay: Record<string, number>, expenses: Record<string, number> = {}): { days: DayFigures[]; totals: SpentTotals } {
  const keys = [...new Set([...Object.keys(minutesByDay), ...Object.keys(expenses)])].sort();
  const days = keys.map((day) => {
    const minutes = minutesByDay[day] ?? 0;
    return { day: toDayKey(day), minutes, amountMinor: (minutes * 10_000) / 60, expensesMinor: expenses[day] ?? 0 };
  });
  const totals = days.reduce(
    (sum, row) => ({ minutes: sum.minutes + row.minutes, amountMinor: sum.amountMinor + row.amountMinor, expensesMinor: sum.expensesMinor + row.expensesMinor }),
    { minutes: 0, amountMinor: 0, expensesMinor: 0 },
  );
  return { days, totals };
}

const WINDOW_DAYS = ['05', '06', '09', '10', '11', '12', '13', '16', '17', '18'];

function website(): UpdateProjectSource {
  const web = project({
    id: 'web',
    name: 'Website',
    code: 'WEB',
    budgetMinutes: 6000,
    defaultRate: 10_000,
    startDay: '2026-01-05',
    endDay: '2026-04-17',
    scopeItems: [
      { title: 'Home page', estimateMinutes: 3600, status: 'done' },
      { title: 'Blog', estimateMinutes: 2400, status: 'in_scope' },
      { title: 'Shop', estimateMinutes: 1200, status: 'dropped' },
    ],
    milestones: [
      { name: 'Kick-off', due: '2026-01-10', doneAt: '2026-01-09' },
      { name: 'Design sign-off', due: '2026-03-13', doneAt: '2026-03-13' },
      { name: 'Beta', due: '2026-03-20' },
      { name: 'Launch', due: '2026-04-17' },
    ],
    changeRequests: [
      { title: 'Newsletter sign-up', status: 'asked', askedAt: '2026-03-16' },
      { title: 'Extra landing page', estimateMinutes: 1200, amount: 200_000, status: 'estimated', askedAt: '2026-03-02' },
      { title: 'Cookie banner', estimateMinutes: 120, amount: 20_000, status: 'declined', askedAt: '2026-02-02', decidedAt: '2026-02-03' },
    ],
  });
  const minutes: Record<string, number> = { '2026-02-02': 1200, '2026-02-03': 1200, '2026-02-04': 600 };
  for (const day of WINDOW_DAYS) minutes[`2026-03-${day}`] = 120;
  const tasks = [
    task('web', 'Home page build', { status: 'done', doneAt: '2026-03-16', due: '2026-03-20' }),
    task('web', 'Contact form', { status: 'done', doneAt: '2026-03-05' }),
    task('web', 'Legacy import', { status: 'done', due: '2026-03-12' }),
    task('web', 'Old cleanup', { status: 'done' }),
    task('web', 'Blog templates', { status: 'doing', due: '2026-03-20' }),
    task('web', 'Fix the *footer*', { status: 'todo', due: '2026-03-10' }),
    task('web', 'Send logo files', { status: 'waiting', due: '2026-03-19' }),
    task('web', 'Brief for photos', { status: 'waiting' }),
    task('web', 'Newsletter design', { status: 'todo', due: '2026-04-10' }),
    task('web', 'Someday', { status: 'todo' }),
  ];
  return { project: web, tasks, ...rollups(minutes, { '2026-03-16': 5_000 }) };
}

function support(): UpdateProjectSource {
  const sup = project({
    id: 'sup',
    name: 'Support',
    code: 'SUP',
    billing: 'retainer',
    startDay: '2026-01-01',
    retainer: { allowanceMinutesPerMonth: 600, rollover: false, cycleStartDay: 1 },
  });
  const tasks = [task('sup', 'Monthly report', { status: 'done', doneAt: '2026-03-18' })];
  return { project: sup, tasks, ...rollups({ '2026-03-02': 120, '2026-03-10': 60, '2026-03-17': 90 }) };
}

function brandBook(): UpdateProjectSource {
  const brd = project({ id: 'brd', name: 'Brand book', code: 'BRD', status: 'on_hold', billing: 'fixed_fee', budgetAmount: 500_000, endDay: '2026-06-30' });
  return { project: brd, tasks: [], ...rollups({ '2026-02-10': 600 }) };
}

function pitch(): UpdateProjectSource {
  const pit = project({ id: 'pit', name: 'Pitch', code: 'PIT', status: 'done', billing: 'non_billable', milestones: [{ name: 'Pitch delivered', due: '2026-03-14', doneAt: '2026-03-14' }] });
  return { project: pit, tasks: [], ...rollups({}) };
}

function oldSite(): UpdateProjectSource {
  const old = project({ id: 'old', name: 'Old site', code: 'OLD', status: 'done', billing: 'fixed_fee', budgetAmount: 100_000 });
  return { project: old, tasks: [task('old', 'Handover', { status: 'done', doneAt: '2026-02-01' })], ...rollups({ '2026-01-20': 300 }) };
}

function otherClients(): UpdateProjectSource {
  const other = project({ id: 'glx', clientId: 'globex', name: 'Globex app', code: 'GLX' });
  return { project: other, tasks: [task('glx', 'Not Acme’s', { status: 'done', doneAt: '2026-03-15' })], ...rollups({ '2026-03-15': 60 }) };
}

export const BLOCKS: TimeBlock[] = [
  block('web', '2026-03-19', 540, 690, { title: 'Deep work: Website' }),
  block('web', '2026-03-19', 840, 900, { kind: 'meeting', title: 'Design review' }),
  block('web', '2026-03-20', 750, 795, { kind: 'break', title: 'Lunch' }),
  block('web', '2026-03-23', 690, 750, { kind: 'client', title: 'Client time: Website' }),
  block('web', '2026-03-25', 540, 600, { title: 'After the window' }),
  block('web', '2026-03-17', 540, 600, { kind: 'meeting', title: 'Yesterday' }),
  block('glx', '2026-03-19', 540, 600, { kind: 'meeting', title: 'Globex call' }),
];

export function agencyInput(overrides: Partial<UpdateDraftInput> = {}): UpdateDraftInput {
  return {
    client: ACME,
    projects: [website(), support(), brandBook(), pitch(), oldSite(), otherClients()],
    blocks: BLOCKS,
    period: PERIOD,
    today: TODAY,
    settings: { burnWindowDays: 14, workWeekDays: 5, defaultRate: 10_000 },
    locale: 'en-US',
    ...overrides,
  };
}
