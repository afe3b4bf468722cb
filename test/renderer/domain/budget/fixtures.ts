import { RollupAccumulator } from '../../../../src/renderer/src/domain/rollup-accumulator';
import { zeroFigures } from '../../../../src/renderer/src/domain/rollup-figures';
import { projectSchema } from '../../../../src/renderer/src/domain/model/project';
import type { Project, ProjectInput } from '../../../../src/renderer/src/domain/model/project';
import type { Expense } from '../../../../src/renderer/src/domain/model/expense';
import type { TimeEntry } from '../../../../src/renderer/src/domain/model/time-entry';
import type { BlockKind } from '../../../../src/renderer/src/domain/model/time-block';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import type { DayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { toCurrencyCode, toMinor } from '../../../../src/renderer/src/domain/units/money';
import { toMinutes } from '../../../../src/renderer/src/domain/units/minutes';
import { budgetHealth } from '../../../../src/renderer/src/domain/budget/budget-health';
import type { BudgetHealthInput } from '../../../../src/renderer/src/domain/budget/budget-health';
import type { BudgetSettings, DayFigures, PlannedBlock, SpentTotals } from '../../../../src/renderer/src/domain/budget/types';

// Builders for hand-computed budget cases. Today is Wednesday 2026-03-18 unless a test says
// otherwise: the default 14-day burn window is Thu 2026-03-05 … Wed 2026-03-18, 10 working days.

export const TODAY = toDayKey('2026-03-18');
export const EUR = toCurrencyCode('EUR');
export const SETTINGS: BudgetSettings = { burnWindowDays: 14, workWeekDays: 5, defaultRate: 10_000 };

export const day = (value: string): DayKey => toDayKey(value);

export function makeProject(input: Partial<ProjectInput> = {}): Project {
  return projectSchema.parse({
    id: 'p1',
    clientId: 'c1',
    name: 'Website',
    code: 'WEB',
    status: 'active',
    billing: 'time_and_materials',
    ...input,
  });
}

let sequence = 0;

/** `minutes` on `dayKey` at `rate` minor units per hour, in EUR. */
export function entry(dayKey: string, minutes: number, rate = 10_000): TimeEntry {
  sequence += 1;
  return {
    id: `e${sequence}`,
    projectId: 'p1',
    startedAt: `${dayKey}T09:00:00.000Z`,
    day: toDayKey(dayKey),
    minutes: toMinutes(minutes),
    hat: 'production',
    billable: true,
    rateSnapshot: toMinor(rate),
    currency: EUR,
    note: '',
    source: { kind: 'manual' },
  };
}

export function expense(dayKey: string, amount: number): Expense {
  sequence += 1;
  return {
    id: `x${sequence}`,
    projectId: 'p1',
    day: toDayKey(dayKey),
    amount: toMinor(amount),
    currency: EUR,
    billable: true,
    note: '',
  };
}

export function block(dayKey: string, startMinute: number, endMinute: number, kind: BlockKind = 'deep_work'): PlannedBlock {
  return { day: toDayKey(dayKey), startMinute, endMinute, kind };
}

/** The rollups the database would hold for these records (the same accumulator the app uses). */
export function rollupsOf(
  entries: readonly TimeEntry[],
  expenses: readonly Expense[] = [],
): { totals: SpentTotals; days: DayFigures[] } {
  const acc = new RollupAccumulator();
  for (const record of entries) acc.addEntry(record);
  for (const record of expenses) acc.addExpense(record);
  return { totals: acc.projectTotals()[0] ?? zeroFigures(), days: acc.projectDays() };
}

export interface Case {
  project: Project;
  entries?: readonly TimeEntry[];
  expenses?: readonly Expense[];
  blocks?: readonly PlannedBlock[];
  today?: DayKey;
  settings?: Partial<BudgetSettings>;
}

export function healthOf({ project, entries = [], expenses = [], blocks = [], today = TODAY, settings = {} }: Case) {
  const { totals, days } = rollupsOf(entries, expenses);
  const input: BudgetHealthInput = {
    project,
    currency: EUR,
    totals,
    days,
    blocks,
    settings: { ...SETTINGS, ...settings },
    today,
    locale: 'en-US',
  };
  return budgetHealth(input);
}

/** Spreads `minutes` over the ten working days of the default burn window (equal parts). */
export function windowEntries(minutesPerDay: number, rate = 10_000): TimeEntry[] {
  const days = ['05', '06', '09', '10', '11', '12', '13', '16', '17', '18'];
  return days.map((d) => entry(`2026-03-${d}`, minutesPerDay, rate));
}
