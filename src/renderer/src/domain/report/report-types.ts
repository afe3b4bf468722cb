import type { BurnChartData } from '../budget/burn-chart';
import type {
  BudgetSettings,
  BudgetStatus,
  DayFigures,
  MeasureUnit,
  PlannedBlock,
  RetainerCycle,
  RunOut,
  SpentTotals,
  StatusReason,
} from '../budget/types';
import type { Client } from '../model/client';
import type { BillingType, Project, ProjectStatus } from '../model/project';
import type { ChangeRequestStatus } from '../model/project-parts';
import type { Task } from '../model/task';
import type { TimeEntry } from '../model/time-entry';
import type { DayKey } from '../time/day-key';
import type { CurrencyCode } from '../units/money';
import type { Profitability, RevenueInvoice } from '../invoices/profitability';

// The status report for one client and period, as plain data: built by buildReportModel from
// what the database holds, rendered by renderReportHtml. Amounts are in their measure's unit
// (minutes or minor units); formatting happens only in the renderer.

export type { ReportPaperSize as ReportPaper } from '@shared/report-print';
import type { ReportPaperSize as ReportPaper } from '@shared/report-print';

export interface ReportPeriod {
  from: DayKey;
  /** the last day, included */
  to: DayKey;
}

export interface ReportProjectInput {
  project: Project;
  totals: SpentTotals;
  /** every day with time or expenses on the project (burn chart, retainer cycles, this period) */
  days: readonly DayFigures[];
  /** the project's time blocks; those from the generated day on are planned work */
  blocks: readonly PlannedBlock[];
  tasks: readonly Pick<Task, 'title' | 'notes' | 'status' | 'due' | 'doneAt'>[];
  /** the project's time entries in the period (their notes say what was done) */
  entries: readonly Pick<TimeEntry, 'day' | 'minutes' | 'note'>[];
  /** the cost of all its time (the rollups' costMinor, home currency): for the Profitability section */
  costMinor?: number;
}

/** What the optional Profitability section needs; absent, the report has no such section. */
export interface ReportProfitInput {
  homeCurrency: CurrencyCode;
  /** the client's sent invoices (revenue of time-and-materials and retainer projects) */
  sentInvoices: readonly RevenueInvoice[];
}

export interface ReportInput {
  agencyName: string;
  /** Settings' logo: shown only when it is a base64 image data: URL */
  logo?: string | undefined;
  client: Pick<Client, 'name' | 'currency'>;
  period: ReportPeriod;
  /** the day the report is made: budget health and forecasts are as of this day */
  generatedOn: DayKey;
  paper: ReportPaper;
  settings: BudgetSettings;
  projects: readonly ReportProjectInput[];
  locale?: string;
  /** how many days after the period "what is next" looks ahead (default 14) */
  nextDays?: number;
  /** the Profitability section, off unless given: margins are for the agency, not the client */
  profitability?: ReportProfitInput;
}

export interface ReportBudget extends MeasureUnit {
  /** the budget, or this cycle's allowance + rollover for a retainer */
  budget: number;
  approvedChanges: number;
  baseline: number;
  spent: number;
  spentInPeriod: number;
  remaining: number;
  eac: number;
  runOut: RunOut;
  /** spent / baseline, 0…; null with a zero baseline */
  percentSpent: number | null;
  /** true for a retainer: the figures are the current cycle's */
  cycle: boolean;
}

/** This cycle's hours (minutes), and how the last few cycles went. */
export interface ReportRetainer extends RetainerCycle {
  rollover: boolean;
  plannedThisCycle: number;
  /** the last few cycles, oldest first (the cycles chart) */
  recent: { start: DayKey; available: number; used: number }[];
}

export type MilestoneState = 'done' | 'overdue' | 'upcoming';

export interface ReportMilestone {
  name: string;
  due: DayKey;
  doneAt: DayKey | null;
  state: MilestoneState;
}

export interface ReportDone {
  /** minutes logged in the period */
  minutes: number;
  milestones: { name: string; day: DayKey }[];
  tasks: { title: string; day: DayKey }[];
  /** logged time grouped by its note, most time first */
  work: { note: string; minutes: number }[];
  /** notes left out of `work` */
  moreWork: number;
}

export interface ReportNext {
  /** the last day "next" covers */
  until: DayKey;
  milestones: { name: string; due: DayKey; overdue: boolean }[];
  tasks: { title: string; due: DayKey | null; overdue: boolean }[];
  moreTasks: number;
  /** work blocks on the calendar from the generated day to `until`, minutes */
  plannedMinutes: number;
}

export interface ReportChange {
  title: string;
  status: ChangeRequestStatus;
  estimateMinutes: number;
  amount: number;
  askedAt: DayKey;
  decidedAt: DayKey | null;
  decidedBy: string | null;
}

export type ReportDecision =
  | { kind: 'task'; title: string; due: DayKey | null; notes: string }
  | { kind: 'change-request'; title: string; askedAt: DayKey; estimateMinutes: number; amount: number };

export interface ReportProject {
  id: string;
  name: string;
  code: string;
  billing: BillingType;
  stage: ProjectStatus;
  startDay: DayKey | null;
  endDay: DayKey | null;
  status: BudgetStatus;
  reasons: Pick<StatusReason, 'level' | 'text'>[];
  /** 0…1, or null when unknown */
  percentComplete: number | null;
  budget: ReportBudget | null;
  /** the burn chart of the budget's measure; null for retainers and projects without a budget */
  chart: BurnChartData | null;
  retainer: ReportRetainer | null;
  milestones: ReportMilestone[];
  done: ReportDone;
  next: ReportNext;
  changeRequests: ReportChange[];
  decisions: ReportDecision[];
  /** revenue, cost and margin, only when the report includes the Profitability section */
  profit: Profitability | null;
}

export interface ReportModel {
  paper: ReportPaper;
  locale: string | undefined;
  agency: { name: string; logo: string | null };
  client: Pick<Client, 'name' | 'currency'>;
  period: ReportPeriod;
  generatedOn: DayKey;
  projects: ReportProject[];
}
