import type { Project } from '../model/project';
import type { DayKey } from '../time/day-key';
import { amountMinorForMinutes } from '../units/money';
import type { CurrencyCode } from '../units/money';
import { approvedChangeRequests, budgetIn, changeValue } from './baseline';
import { burnWindow, runOutOf } from './burn';
import { divideRoundedBig, fraction, fractionGreater } from './fraction';
import { plannedSpend } from './planned';
import { retainerHealth } from './retainer';
import { percentComplete, remainingScopeMinutes } from './scope';
import { NO_BUDGET_REASON, statusOf } from './status';
import { STATUS_SEVERITY } from './types';
import type {
  BudgetHealth,
  BudgetMeasure,
  BudgetSettings,
  DayFigures,
  MeasureHealth,
  PercentComplete,
  PlannedBlock,
  RetainerHealth,
  SpentTotals,
} from './types';

// Budget health of one project (docs/product.md, "Budgets"). Pure: `today` is always passed in,
// the clock is never read, so every figure is reproducible in tests and in any time zone.
//
// Which measure (hours or money):
// - time and materials, fixed fee: money when budgetAmount is set (in the client's currency),
//   hours when budgetMinutes is set; with both, both are computed and the status is the worse
//   of the two (tie: the one with the higher % spent, then money);
// - non-billable: hours only (its time has no price); without budget hours it has no budget;
// - retainer: hours of the current cycle (allowance + rollover + approved change requests),
//   whatever budget fields it has;
// - no budget in any measure: status 'none', said so.
// EAC (docs/product.md, "Estimate at completion") = spent / % complete when % complete is known
// and above 10 %, otherwise spent + remaining scope estimate; in money the remaining estimate is
// priced at the project's rate (the settings' default rate when it has none).

export interface BudgetHealthInput {
  project: Project;
  /** the client's currency; money budgets need it */
  currency: CurrencyCode | null;
  /** everything logged on the project (projectTotals) */
  totals: SpentTotals;
  /** per-day figures: at least the burn window, and for retainers the cycles that matter */
  days: readonly DayFigures[];
  /** the project's time blocks; only those from today on count */
  blocks: readonly PlannedBlock[];
  settings: BudgetSettings;
  today: DayKey;
  /** for the words of status reasons; the runtime's default when absent */
  locale?: string;
}

export function projectRate(project: Pick<Project, 'defaultRate'>, settings: BudgetSettings): number {
  return project.defaultRate ?? settings.defaultRate;
}

export function measuresOf(project: Project, currency: CurrencyCode | null): BudgetMeasure[] {
  if (project.billing === 'retainer') return ['hours'];
  const measures: BudgetMeasure[] = [];
  if (project.billing !== 'non_billable' && project.budgetAmount !== undefined && currency !== null) measures.push('money');
  if (project.budgetMinutes !== undefined) measures.push('hours');
  return measures;
}

export function budgetHealth(input: BudgetHealthInput): BudgetHealth {
  const { project } = input;
  const complete = percentComplete(project);
  const retainer = project.retainer && project.billing === 'retainer' ? retainerOf(input) : null;
  const measures = measuresOf(project, input.currency).map((measure) => measureHealth(measure, input, complete, retainer));
  const primary = worseOf(measures);
  return {
    projectId: project.id,
    billing: project.billing,
    percentComplete: complete,
    measures,
    primary,
    status: primary?.status ?? 'none',
    reasons: primary?.reasons ?? [NO_BUDGET_REASON],
    retainer,
  };
}

function retainerOf(input: BudgetHealthInput): RetainerHealth | null {
  const terms = input.project.retainer;
  if (!terms) return null;
  return retainerHealth({ project: input.project, terms, days: input.days, blocks: input.blocks, today: input.today });
}

/** The measure with the worse status; on a tie the higher % spent, then the first (money). */
export function worseOf(measures: readonly MeasureHealth[]): MeasureHealth | null {
  let worst: MeasureHealth | null = null;
  for (const candidate of measures) {
    if (!worst) worst = candidate;
    else {
      const severity = STATUS_SEVERITY[candidate.status] - STATUS_SEVERITY[worst.status];
      if (severity > 0 || (severity === 0 && spentMore(candidate, worst))) worst = candidate;
    }
  }
  return worst;
}

function spentMore(a: MeasureHealth, b: MeasureHealth): boolean {
  if (a.percentSpent === null) return b.percentSpent !== null && a.spent > 0;
  if (b.percentSpent === null) return false;
  return fractionGreater(a.percentSpent, b.percentSpent);
}

function measureHealth(
  measure: BudgetMeasure,
  input: BudgetHealthInput,
  complete: PercentComplete,
  retainer: RetainerHealth | null,
): MeasureHealth {
  const { project, settings, today } = input;
  const rate = projectRate(project, settings);
  const valueOf = (figures: SpentTotals) => (measure === 'hours' ? figures.minutes : figures.amountMinor + figures.expensesMinor);

  const cycle = retainer?.current ?? null;
  const budget = cycle ? cycle.allowance + cycle.carriedIn : (budgetIn(project, measure) ?? 0);
  const approvedChanges = cycle
    ? cycle.extra
    : approvedChangeRequests(project).reduce((sum, request) => sum + changeValue(request, measure), 0);
  const baseline = budget + approvedChanges;
  const spent = cycle ? cycle.used : valueOf(input.totals);
  const remaining = baseline - spent;

  const window = burnWindow(today, settings.burnWindowDays, settings.workWeekDays);
  const windowSpent = input.days
    .filter((row) => row.day >= window.from && row.day <= window.to)
    .reduce((sum, row) => sum + valueOf(row), 0);
  const runOut = runOutOf(remaining, windowSpent, window.workingDays, today, settings.workWeekDays);

  const scopeMinutes = remainingScopeMinutes(project);
  const remainingScope = measure === 'hours' ? scopeMinutes : amountMinorForMinutes(scopeMinutes, rate);
  const known = complete.basis === 'unknown' ? null : complete.value;
  const useShare = known !== null && fractionGreater(known, fraction(1, 10));
  const eac = useShare ? divideRoundedBig(BigInt(spent) * BigInt(known.den), BigInt(known.num)) : spent + remainingScope;

  const upcoming = plannedSpend(input.blocks, today, rate).filter((block) => !cycle || block.day <= cycle.end);
  let planned = 0;
  let plannedRunOutDay: MeasureHealth['plannedRunOutDay'] = null;
  for (const block of upcoming) {
    planned += measure === 'hours' ? block.minutes : block.amountMinor;
    if (plannedRunOutDay === null && remaining > 0 && planned >= remaining) plannedRunOutDay = block.day;
  }

  const percentSpent = baseline > 0 ? fraction(spent, baseline) : null;
  const endDay = cycle ? cycle.end : (project.endDay ?? null);
  const currency = measure === 'money' ? input.currency : null;
  const burnRate = windowSpent / window.workingDays;
  const { status, reasons } = statusOf(
    { measure, currency, baseline, spent, percentSpent, percentComplete: complete, eac, runOut, burnRate, endDay, today },
    input.locale,
  );
  return {
    measure,
    currency,
    budget,
    approvedChanges,
    baseline,
    spent,
    remaining,
    percentSpent,
    windowSpent,
    windowWorkingDays: window.workingDays,
    burnRate,
    runOut,
    endDay,
    eac,
    eacBasis: useShare ? 'percent-complete' : 'remaining-scope',
    remainingScope,
    planned,
    plannedRunOutDay,
    status,
    reasons,
  };
}
