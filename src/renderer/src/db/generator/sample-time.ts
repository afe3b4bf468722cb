import { amountMinorForMinutes, toMinor } from '../../domain/units/money';
import type { CurrencyCode } from '../../domain/units/money';
import { toMinutes } from '../../domain/units/minutes';
import { addDays, eachDay } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import { isWorkingDay } from '../../domain/time/week';
import { localDateAt } from '../../domain/time/wall-clock';
import type { Expense } from '../../domain/model/expense';
import type { Hat } from '../../domain/model/hat';
import type { ImportRecord } from '../../domain/model/import-record';
import type { Project } from '../../domain/model/project';
import type { Task } from '../../domain/model/task';
import type { TimeEntry } from '../../domain/model/time-entry';
import { ENTRY_NOTES, EXPENSE_NOTES } from './names';
import type { Rng } from './prng';
import type { SampleProjectSpec } from './sample-project-specs';

// Six months of one person's days: deep-work mornings on most days, some days that switch
// constantly, lunch, the three hats mixed. Times are local wall-clock, stored as UTC instants.

export interface TimeContext {
  rng: Rng;
  today: DayKey;
  days: number;
  defaultRate: number;
  projects: readonly Project[];
  specs: readonly SampleProjectSpec[];
  currencyOf: (project: Project) => CurrencyCode;
  tasksOf: (projectId: string) => readonly Task[];
  /** entries before this day carry Toggl import provenance */
  importedBefore: DayKey;
  importRecord: ImportRecord;
  /** the first project's rate was raised on this day; earlier entries keep the old rate */
  rateRaisedOn: DayKey;
}

type DayStyle = 'focused' | 'normal' | 'switchy';

export function makeSampleTime(ctx: TimeContext): { entries: TimeEntry[]; expenses: Expense[] } {
  const { rng, today } = ctx;
  const entries: TimeEntry[] = [];
  const weightOf = new Map(ctx.projects.map((project, index) => [project.id, ctx.specs[index]?.weight ?? 1]));
  let imported = 0;

  const entry = (project: Project, day: DayKey, start: number, minutes: number, hat: Hat): void => {
    const task = hat === 'production' && rng.chance(0.4) ? ctx.tasksOf(project.id).find((t) => t.hat === hat) : undefined;
    const fromImport = day < ctx.importedBefore;
    const baseRate = project.defaultRate ?? ctx.defaultRate;
    const rate = project === ctx.projects[0] && day < ctx.rateRaisedOn ? baseRate - 1_000 : baseRate;
    if (fromImport) imported += 1;
    entries.push({
      id: rng.uuid(),
      projectId: project.id,
      taskId: task?.id,
      startedAt: localDateAt(day, start).toISOString(),
      day,
      minutes: toMinutes(minutes),
      hat,
      billable: project.billing !== 'non_billable' && !(hat === 'account' && rng.chance(0.1)),
      rateSnapshot: toMinor(rate),
      currency: ctx.currencyOf(project),
      note: rng.pick(ENTRY_NOTES[hat]),
      source: fromImport
        ? { kind: 'import', importId: ctx.importRecord.id, externalId: `toggl:${100_000 + imported}` }
        : { kind: rng.chance(0.6) ? 'timer' : 'manual' },
    });
  };

  for (const day of eachDay(addDays(today, -ctx.days), today)) {
    if (!isWorkingDay(day, 5)) continue;
    const active = ctx.projects.filter(
      (p) =>
        p.status !== 'planned' && (weightOf.get(p.id) ?? 0) > 0 && (p.startDay ?? today) <= day && (p.endDay ?? today) >= day,
    );
    const billable = active.filter((p) => p.billing !== 'non_billable');
    const internal = active.filter((p) => p.billing === 'non_billable');
    if (billable.length === 0) continue;
    const pickBillable = (pool: readonly Project[]) => rng.weighted(pool.map((p) => [p, weightOf.get(p.id) ?? 1] as const));
    const style = rng.weighted<DayStyle>([
      ['focused', 55],
      ['normal', 25],
      ['switchy', 20],
    ]);
    const pool = style === 'switchy' ? rng.shuffle(billable).slice(0, rng.int(4, 6)) : billable;
    let minute = 540 + rng.int(-4, 4) * 5;
    const endMinute = day === today ? 540 + 180 : 1050 + rng.int(-6, 12) * 5;
    let lunched = false;
    if (style === 'focused') {
      const minutes = rng.int(30, 48) * 5; // 2.5–4 h of deep work
      entry(pickBillable(billable), day, minute, minutes, 'production');
      minute += minutes + rng.int(0, 3) * 5;
    }
    while (minute < endMinute - 10) {
      if (!lunched && minute >= 12 * 60) {
        minute += rng.int(6, 12) * 5;
        lunched = true;
        continue;
      }
      const hat = rng.weighted<Hat>(
        style === 'switchy'
          ? [
              ['production', 35],
              ['account', 35],
              ['project', 30],
            ]
          : [
              ['production', 50],
              ['account', 25],
              ['project', 25],
            ],
      );
      const project = internal.length > 0 && rng.chance(0.1) ? rng.pick(internal) : pickBillable(pool);
      const [low, high] = style === 'switchy' ? [2, 8] : hat === 'production' ? [9, 24] : [2, 9];
      const minutes = Math.min(rng.int(low, high) * 5, endMinute - minute);
      if (minutes < 5) break;
      entry(project, day, minute, minutes, hat);
      minute += minutes + rng.int(0, style === 'switchy' ? 1 : 3) * 5;
    }
  }

  const workDays = eachDay(addDays(today, -ctx.days), today).filter((day) => isWorkingDay(day, 5));
  const expenses: Expense[] = [];
  for (let i = 0; i < 25; i += 1) {
    const day = rng.pick(workDays);
    const candidates = ctx.projects.filter(
      (p) => p.billing !== 'non_billable' && p.status !== 'planned' && (p.startDay ?? today) <= day && (p.endDay ?? today) >= day,
    );
    if (candidates.length === 0) continue;
    const project = rng.pick(candidates);
    expenses.push({
      id: rng.uuid(),
      projectId: project.id,
      day,
      amount: toMinor(rng.int(20, 800) * 100 + rng.int(0, 99)),
      currency: ctx.currencyOf(project),
      billable: rng.chance(0.8),
      note: rng.pick(EXPENSE_NOTES),
    });
  }
  ctx.importRecord.rowCount = imported; // the provenance record counts the rows it brought in
  return { entries, expenses };
}

/** Sets budgets so spent ÷ budget lands near each spec's `spentShare` (green, amber, red on purpose). */
export function calibrateBudgets(
  projects: readonly Project[],
  specs: readonly SampleProjectSpec[],
  entries: readonly TimeEntry[],
  expenses: readonly Expense[],
  defaultRate: number,
): Project[] {
  const minutes = new Map<string, number>();
  const amount = new Map<string, number>();
  for (const e of entries) {
    minutes.set(e.projectId, (minutes.get(e.projectId) ?? 0) + e.minutes);
    amount.set(e.projectId, (amount.get(e.projectId) ?? 0) + amountMinorForMinutes(e.minutes, e.rateSnapshot));
  }
  for (const x of expenses) amount.set(x.projectId, (amount.get(x.projectId) ?? 0) + x.amount);
  return projects.map((project, index) => {
    const spec = specs[index];
    const rate = project.defaultRate ?? defaultRate;
    if (!spec || (spec.billing !== 'time_and_materials' && spec.billing !== 'fixed_fee')) return project;
    const share = spec.spentShare ?? 0.6;
    if (spec.billing === 'time_and_materials') {
      const budgetMinutes = Math.max(600, Math.round((minutes.get(project.id) ?? 0) / share / 600) * 600);
      return {
        ...project,
        budgetMinutes: toMinutes(budgetMinutes),
        budgetAmount: toMinor(amountMinorForMinutes(budgetMinutes, rate)),
      };
    }
    const budgetAmount = Math.max(100_000, Math.round((amount.get(project.id) ?? 0) / share / 10_000) * 10_000);
    return {
      ...project,
      budgetAmount: toMinor(budgetAmount),
      budgetMinutes: rate > 0 ? toMinutes(Math.round(budgetAmount / rate) * 60) : undefined,
    };
  });
}
