import type { BudgetSettings, DayFigures, PlannedBlock } from '../../../../src/renderer/src/domain/budget/types';
import { projectSchema } from '../../../../src/renderer/src/domain/model/project';
import type { ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import { taskSchema } from '../../../../src/renderer/src/domain/model/task';
import type { TaskInput } from '../../../../src/renderer/src/domain/model/task';
import type { ReportInput, ReportProjectInput } from '../../../../src/renderer/src/domain/report/report-types';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import type { DayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toMinutes } from '../../../../src/renderer/src/domain/units/minutes';
import { toCurrencyCode } from '../../../../src/renderer/src/domain/units/money';

// A small client with three projects whose every report figure is worked out by hand in the tests:
//   WEB  time and materials, €10,000 budget + one approved €800 change, €100/h, in the red
//   SEO  a 10h/month retainer with rollover, green
//   BRD  a fixed fee with no budget yet
// The report is made on Wednesday 2026-03-18 for the 30 days 2026-02-17 … 2026-03-18. The burn
// window is Thu 2026-03-05 … Wed 2026-03-18: 10 working days.

export const GENERATED_ON = toDayKey('2026-03-18');
export const PERIOD = { from: toDayKey('2026-02-17'), to: toDayKey('2026-03-18') };
export const SETTINGS: BudgetSettings = { burnWindowDays: 14, workWeekDays: 5, defaultRate: 10_000 };

const d = (value: string): DayKey => toDayKey(value);

/** A rollup day: minutes at `rate` minor units per hour, plus expenses. */
function figures(day: string, minutes: number, rate: number, expensesMinor = 0): DayFigures {
  return { day: d(day), minutes, amountMinor: Math.round((minutes * rate) / 60), expensesMinor };
}

function totalsOf(days: readonly DayFigures[]) {
  return days.reduce(
    (sum, row) => ({
      minutes: sum.minutes + row.minutes,
      amountMinor: sum.amountMinor + row.amountMinor,
      expensesMinor: sum.expensesMinor + row.expensesMinor,
    }),
    { minutes: 0, amountMinor: 0, expensesMinor: 0 },
  );
}

const task = (input: TaskInput) => taskSchema.parse(input);
const block = (day: string, startMinute: number, endMinute: number, kind: PlannedBlock['kind'] = 'deep_work'): PlannedBlock => ({
  day: d(day),
  startMinute,
  endMinute,
  kind,
});
const entry = (day: string, minutes: number, note: string) => ({ day: d(day), minutes: toMinutes(minutes), note });

export function webProject(overrides: Partial<ProjectInput> = {}): ReportProjectInput {
  const project = projectSchema.parse({
    id: 'web',
    clientId: 'c1',
    name: 'Website relaunch',
    code: 'WEB',
    status: 'active',
    billing: 'time_and_materials',
    budgetAmount: 1_000_000,
    defaultRate: 10_000,
    startDay: '2026-01-05',
    endDay: '2026-04-30',
    milestones: [
      { id: 'm1', name: 'Kick-off', due: '2026-01-05', doneAt: '2026-01-05' },
      { id: 'm2', name: 'Design sign-off', due: '2026-02-27', doneAt: '2026-03-02' },
      { id: 'm3', name: 'Content freeze', due: '2026-03-13' },
      { id: 'm4', name: 'Beta', due: '2026-03-27' },
      { id: 'm5', name: 'Launch', due: '2026-04-30' },
    ],
    scopeItems: [
      { id: 's1', title: 'Home page', estimateMinutes: 1200, status: 'done' },
      { id: 's2', title: 'Blog', estimateMinutes: 600, status: 'in_scope' },
      { id: 's3', title: 'Contact form', estimateMinutes: 600, status: 'planned' },
      { id: 's4', title: 'Chat', estimateMinutes: 300, status: 'dropped' },
    ],
    changeRequests: [
      {
        id: 'r1',
        title: 'Blog section',
        estimateMinutes: 480,
        amount: 80_000,
        status: 'approved',
        askedAt: '2026-02-16',
        decidedAt: '2026-02-20',
        decidedBy: 'Dana',
      },
      { id: 'r2', title: 'Newsletter signup', estimateMinutes: 360, amount: 60_000, status: 'estimated', askedAt: '2026-03-10' },
      { id: 'r3', title: 'Dark mode', status: 'asked', askedAt: '2026-03-16' },
      {
        id: 'r4',
        title: 'Chatbot',
        estimateMinutes: 1200,
        amount: 200_000,
        status: 'declined',
        askedAt: '2026-02-01',
        decidedAt: '2026-02-03',
        decidedBy: 'Dana',
      },
    ],
    ...overrides,
  });
  const days = [
    figures('2026-01-20', 1800, 10_000),
    figures('2026-02-10', 1200, 10_000),
    figures('2026-03-02', 360, 10_000),
    figures('2026-03-05', 0, 10_000, 15_000),
    figures('2026-03-09', 480, 10_000),
    figures('2026-03-12', 120, 10_000),
    figures('2026-03-16', 240, 10_000),
  ];
  return {
    project,
    totals: totalsOf(days),
    days,
    blocks: [
      block('2026-03-17', 540, 690),
      block('2026-03-19', 540, 690),
      block('2026-03-20', 750, 795, 'break'),
      block('2026-03-25', 540, 600, 'meeting'),
      block('2026-04-10', 540, 600),
    ],
    tasks: [
      task({ title: 'Write alt texts', projectId: 'web', status: 'done', doneAt: '2026-03-04' }),
      task({ title: 'Set up staging', projectId: 'web', status: 'done', doneAt: '2026-02-01' }),
      task({
        title: 'Review copy',
        projectId: 'web',
        status: 'waiting',
        notes: 'Waiting for the client to reply.',
        due: '2026-03-20',
      }),
      task({ title: 'Build blog templates', projectId: 'web', status: 'doing' }),
      task({ title: 'QA on mobile', projectId: 'web', status: 'todo', due: '2026-03-25' }),
      task({ title: 'Launch checklist', projectId: 'web', status: 'todo', due: '2026-04-20' }),
    ],
    entries: [
      entry('2026-02-10', 1200, 'Wireframes'),
      entry('2026-03-02', 360, 'Design sign-off meeting'),
      entry('2026-03-09', 480, 'Build home page'),
      entry('2026-03-12', 120, ''),
      entry('2026-03-16', 240, 'Build home page'),
    ],
  };
}

export function seoProject(): ReportProjectInput {
  const project = projectSchema.parse({
    id: 'seo',
    clientId: 'c1',
    name: 'SEO retainer',
    code: 'SEO',
    status: 'active',
    billing: 'retainer',
    retainer: { allowanceMinutesPerMonth: 600, rollover: true, cycleStartDay: 1 },
    defaultRate: 9_000,
    startDay: '2026-01-01',
  });
  const days = [
    figures('2026-01-15', 480, 9_000),
    figures('2026-02-10', 540, 9_000),
    figures('2026-03-03', 300, 9_000),
    figures('2026-03-17', 120, 9_000),
  ];
  return {
    project,
    totals: totalsOf(days),
    days,
    blocks: [],
    tasks: [
      task({ title: 'Monthly SEO report', projectId: 'seo', status: 'done', doneAt: '2026-03-03' }),
      task({ title: 'Approve keyword list', projectId: 'seo', status: 'waiting' }),
    ],
    entries: [entry('2026-03-03', 300, 'Keyword research'), entry('2026-03-17', 120, 'Monthly SEO report')],
  };
}

export function brandProject(): ReportProjectInput {
  const project = projectSchema.parse({
    id: 'brd',
    clientId: 'c1',
    name: 'Brand refresh',
    code: 'BRD',
    status: 'planned',
    billing: 'fixed_fee',
  });
  return { project, totals: { minutes: 0, amountMinor: 0, expensesMinor: 0 }, days: [], blocks: [], tasks: [], entries: [] };
}

export function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    agencyName: 'Fieldwork Studio',
    client: { name: 'Alder & Finch Outdoor', currency: toCurrencyCode('EUR') },
    period: PERIOD,
    generatedOn: GENERATED_ON,
    paper: 'a4',
    settings: SETTINGS,
    projects: [webProject(), seoProject(), brandProject()],
    locale: 'en-US',
    ...overrides,
  };
}
