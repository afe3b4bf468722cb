import type { BudgetHealth } from '../budget/types';
import type { Client } from '../model/client';
import type { Project } from '../model/project';
import type { Task } from '../model/task';
import type { DayKey } from '../time/day-key';
import type { OpenInvoice } from './invoice-facts';

// Shapes of the health check: the article's two checklists, asked per client (account
// management) and per active project (project management), each answered from the records.

export type Answer = 'yes' | 'no' | 'unknown';

/** 'am' = account management (asked per client), 'pm' = project management (per active project). */
export type Area = 'am' | 'pm';

export type AmQuestionId = 'whom-to-ask' | 'invoice' | 'budget-value' | 'happy' | 'future-work' | 'rapport';
export type PmQuestionId = 'timeline' | 'tasks' | 'on-budget' | 'resources' | 'change-balance' | 'no-delivered';
export type QuestionId = AmQuestionId | PmQuestionId;

/** Where the evidence lives: a hash route, e.g. { screen: 'clients', id } is '#/clients/<id>'. */
export interface LinkTarget {
  screen: 'clients' | 'projects' | 'budgets' | 'updates' | 'tasks' | 'planner' | 'invoices';
  /** the client, project or invoice id (for the planner: the day) */
  id: string;
  /** what the link opens, in a word or two ("client", "budget view") */
  label: string;
}

/** One question answered for one client or project. */
export interface QuestionAnswer {
  question: QuestionId;
  /** the client or project asked about */
  subjectId: string;
  subjectName: string;
  answer: Answer;
  /** what was looked at and what it showed, with dates and counts */
  evidence: string;
  link: LinkTarget;
}

/** What is asked, in the article's words, and what Tandem looks at to answer it. */
export interface QuestionInfo {
  id: QuestionId;
  area: Area;
  /** a few words for summaries ("Billing contact") */
  short: string;
  question: string;
  check: string;
}

/** Settings-independent context of a run. */
export interface AskContext {
  today: DayKey;
  /** for dates in the evidence; the runtime's default when absent */
  locale?: string;
}

/** A client with what its account-management questions need. */
export interface ClientFacts {
  client: Client;
  /** its current projects (planned, active, on hold; not archived) */
  projects: readonly Project[];
  /** instants (ISO) its updates were marked sent */
  sentAt: readonly string[];
  /** its sent invoices with money still owed, most overdue first (invoice-facts.ts) */
  openInvoices: readonly OpenInvoice[];
}

export type OpenTask = Pick<Task, 'id' | 'title' | 'assignee' | 'due'>;

/** An active project with what its project-management questions need. */
export interface ProjectFacts {
  project: Project;
  health: BudgetHealth;
  /** entries and expenses ever logged on it (0 = nothing logged yet) */
  loggedCount: number;
  /** its tasks that are not done */
  openTasks: readonly OpenTask[];
}

/** The plan for the resource window across all projects (see workload.ts). */
export interface Workload {
  from: DayKey;
  to: DayKey;
  workingDays: number;
  /** work hours × working days, minutes */
  capacityMinutes: number;
  /** every block but breaks, minutes */
  plannedMinutes: number;
  plannedByProject: ReadonlyMap<string, number>;
}

/** Yes / no / unknown counts and the share answered yes (null when nothing was asked). */
export interface Coverage {
  yes: number;
  no: number;
  unknown: number;
  total: number;
  share: number | null;
}
