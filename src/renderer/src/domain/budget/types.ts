import type { BillingType } from '../model/project';
import type { BlockKind } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import type { WorkWeekDays } from '../time/week';
import type { CurrencyCode } from '../units/money';
import type { Fraction } from './fraction';

// Shapes shared by the budget-health functions. Amounts are integers in the measure's unit:
// minutes for 'hours', minor units of the project's currency for 'money'.

export type BudgetMeasure = 'hours' | 'money';

/** 'none' = there is no budget to measure against (it is never shown as green). */
export type BudgetStatus = 'red' | 'amber' | 'green' | 'none';

export const STATUS_SEVERITY: Record<BudgetStatus, number> = { red: 3, amber: 2, green: 1, none: 0 };

/** The settings budget health depends on. */
export interface BudgetSettings {
  /** trailing calendar days of the burn rate (a setting, 14 by default) */
  burnWindowDays: number;
  workWeekDays: WorkWeekDays;
  /** minor units per hour when the project has no rate of its own */
  defaultRate: number;
}

/** What was logged on a project on one day: a projectDays rollup row is one. */
export interface DayFigures {
  day: DayKey;
  minutes: number;
  /** Σ round(minutes × rate snapshot / 60) of the day's entries */
  amountMinor: number;
  expensesMinor: number;
}

/** Everything logged on a project: the projectTotals rollup row is one. */
export interface SpentTotals {
  minutes: number;
  amountMinor: number;
  expensesMinor: number;
}

/** A time block as far as planned spend needs it. */
export interface PlannedBlock {
  day: DayKey;
  startMinute: number;
  endMinute: number;
  kind: BlockKind;
}

export type PercentComplete =
  | { basis: 'scope'; value: Fraction }
  | { basis: 'milestones'; value: Fraction }
  /** 'retainer': a retainer cycle is measured by its hours, never by scope */
  | { basis: 'unknown'; why: 'no-scope-or-milestones' | 'retainer' };

export type RunOut =
  /** the budget lasts `workingDays` more working days and runs out on `day` */
  | { kind: 'date'; day: DayKey; workingDays: number }
  /** nothing left: spent has reached the baseline */
  | { kind: 'used-up' }
  /** nothing spent in the burn window, so at this pace it never runs out */
  | { kind: 'no-burn' }
  /** further away than MAX_RUN_OUT_WORKING_DAYS */
  | { kind: 'beyond'; workingDays: number };

export type StatusRule =
  | 'over-baseline'
  | 'eac-over-110'
  | 'eac-over-100'
  | 'spent-ahead-25'
  | 'spent-ahead-10'
  | 'runs-out-before-end'
  | 'on-track'
  | 'no-budget';

export interface StatusReason {
  rule: StatusRule;
  /** the status this rule sets on its own */
  level: BudgetStatus;
  /** a full sentence for the budget view */
  text: string;
  /** a few words for the table */
  short: string;
}

export interface MeasureUnit {
  measure: BudgetMeasure;
  /** set for 'money' */
  currency: CurrencyCode | null;
}

/** Budget health in one measure (hours or money). */
export interface MeasureHealth extends MeasureUnit {
  budget: number;
  /** Σ approved change requests counted into the baseline */
  approvedChanges: number;
  /** budget + approved change requests */
  baseline: number;
  spent: number;
  /** baseline − spent; negative when over */
  remaining: number;
  /** spent / baseline; null when the baseline is 0 */
  percentSpent: Fraction | null;
  /** spent in the burn window */
  windowSpent: number;
  /** working days in the burn window (at least 1) */
  windowWorkingDays: number;
  /** spent per working day */
  burnRate: number;
  runOut: RunOut;
  /** the day the measure is compared with for "runs out before the end date", if any */
  endDay: DayKey | null;
  eac: number;
  eacBasis: 'percent-complete' | 'remaining-scope';
  /** estimates of scope items neither done nor dropped, in this unit */
  remainingScope: number;
  /** blocks on the calendar from today on, in this unit */
  planned: number;
  /** the day the blocks on the calendar use up what remains, if they do */
  plannedRunOutDay: DayKey | null;
  status: BudgetStatus;
  reasons: StatusReason[];
}

export interface RetainerCycle {
  start: DayKey;
  /** the last day of the cycle */
  end: DayKey;
  allowance: number;
  /** unused minutes carried in from the previous cycle (0 without rollover) */
  carriedIn: number;
  /** approved change requests decided in this cycle, minutes */
  extra: number;
  /** allowance + carriedIn + extra */
  available: number;
  used: number;
  /** available − used; negative when over */
  remaining: number;
}

export interface RetainerHealth {
  rollover: boolean;
  cycles: RetainerCycle[];
  current: RetainerCycle;
  /** blocks on the calendar from today to the end of this cycle, minutes */
  plannedThisCycle: number;
}

export interface BudgetHealth {
  projectId: string;
  billing: BillingType;
  percentComplete: PercentComplete;
  /** every measure the project has a budget in: money first, then hours */
  measures: MeasureHealth[];
  /** the measure that sets the status (the worse one); null without a budget */
  primary: MeasureHealth | null;
  status: BudgetStatus;
  reasons: StatusReason[];
  retainer: RetainerHealth | null;
}
