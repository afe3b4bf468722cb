import type { BudgetMeasure, BudgetSettings, BudgetStatus, DayFigures, SpentTotals, StatusRule } from '../budget/types';
import type { Client } from '../model/client';
import type { BillingType, Project } from '../model/project';
import type { Task } from '../model/task';
import type { BlockKind, TimeBlock } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import type { CurrencyCode } from '../units/money';
import type { DayRange } from './period';

// The facts a client update is written from (input) and the draft model (output), section by
// section. Durations are minutes, amounts minor units of the client's currency.

export interface UpdateProjectSource {
  project: Project;
  /** everything logged on the project (its projectTotals row) */
  totals: SpentTotals;
  /** per-day rollups covering the period, the burn window and the current retainer cycle */
  days: readonly DayFigures[];
  /** the project's tasks, any status */
  tasks: readonly Task[];
}

export interface UpdateDraftInput {
  client: Pick<Client, 'id' | 'name' | 'currency'>;
  projects: readonly UpdateProjectSource[];
  /** time blocks of the next window (any project: the model keeps the client's) */
  blocks: readonly TimeBlock[];
  period: DayRange;
  today: DayKey;
  settings: BudgetSettings;
  /** for dates, money and risk sentences; the runtime's default when absent */
  locale?: string;
}

export interface ProjectRef {
  projectId: string;
  projectName: string;
}

export interface ProjectDone extends ProjectRef {
  /** tasks finished in the period, by day */
  tasks: { title: string; day: DayKey }[];
  /** milestones reached in the period, by day */
  milestones: { name: string; day: DayKey }[];
  /** scope items done so far out of those not dropped; null without scope items */
  scope: { done: number; total: number } | null;
}

export interface ProjectNext extends ProjectRef {
  /** open tasks (not waiting on the client) due by the end of the next window, overdue ones first */
  tasks: { title: string; due: DayKey; overdue: boolean }[];
  /** milestones not reached yet, due by the end of the next window */
  milestones: { name: string; due: DayKey; overdue: boolean }[];
  /** planned work on the calendar in the next window (breaks excluded) */
  plannedMinutes: number;
  plannedDays: number;
  /** meetings with a title: the calendar items a client takes part in */
  meetings: { title: string; day: DayKey; kind: BlockKind }[];
}

export interface MeasureLine {
  measure: BudgetMeasure;
  spent: number;
  baseline: number;
  /** negative when over */
  remaining: number;
}

export interface ProjectBudget extends ProjectRef {
  billing: BillingType;
  status: BudgetStatus;
  periodMinutes: number;
  /** time value plus expenses in the period */
  periodAmount: number;
  toDateMinutes: number;
  toDateAmount: number;
  /** one line per budget measure (money first); empty without a budget; unused for retainers */
  measures: MeasureLine[];
  retainer: { start: DayKey; end: DayKey; available: number; used: number; remaining: number } | null;
}

export interface Risk extends ProjectRef {
  level: 'amber' | 'red';
  rule: StatusRule;
  /** one plain sentence for the client */
  text: string;
}

export type Decision =
  | (ProjectRef & { kind: 'waiting-task'; title: string; due: DayKey | null })
  | (ProjectRef & {
      kind: 'change-request';
      title: string;
      status: 'asked' | 'estimated';
      askedAt: DayKey;
      estimateMinutes: number;
      amount: number;
    });

export interface UpdateDraftModel {
  clientId: string;
  clientName: string;
  currency: CurrencyCode;
  period: DayRange;
  next: DayRange;
  today: DayKey;
  done: ProjectDone[];
  upcoming: ProjectNext[];
  budgets: ProjectBudget[];
  risks: Risk[];
  decisions: Decision[];
}
