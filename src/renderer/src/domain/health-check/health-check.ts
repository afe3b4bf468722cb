import type { DayKey } from '../time/day-key';
import { budgetAndValue, futureWork, invoiceContact, isHappy, rapport, whomToAsk } from './am-rules';
import type { AmRule } from './am-rules';
import { coverageOf } from './coverage';
import { hatHours, overloadSignal } from './hat-hours';
import type { HatDayFigures, HatHours, OverloadSignal } from './hat-hours';
import { changeBalance, noDelivered } from './pm-change-rules';
import { onBudget, resources, tasksKnown, timeline } from './pm-rules';
import type { PmRule } from './pm-rules';
import { AM_QUESTIONS, PM_QUESTIONS } from './questions';
import { recommend } from './recommendation';
import type { AreaSummary, Recommendation } from './recommendation';
import type { ClientFacts, Coverage, ProjectFacts, QuestionAnswer, QuestionInfo } from './types';
import { workloadOf } from './workload';
import type { WorkHours, WorkloadBlock } from './workload';

// The whole health check from plain records: both checklists, the hours per hat, the overload
// signal and the recommendation. Pure: `today` is passed in, the clock is never read.

/** The account-management rules in the checklist's order (AM_QUESTIONS). */
export const AM_RULES: readonly AmRule[] = [whomToAsk, invoiceContact, budgetAndValue, isHappy, futureWork, rapport];
/** The project-management rules in the checklist's order (PM_QUESTIONS). */
export const PM_RULES: readonly PmRule[] = [timeline, tasksKnown, onBudget, resources, changeBalance, noDelivered];

export interface HealthCheckInput {
  today: DayKey;
  locale?: string;
  settings: WorkHours;
  /** clients with current work (not archived) */
  clients: readonly ClientFacts[];
  /** active projects (not archived) */
  projects: readonly ProjectFacts[];
  /** time blocks of the resource window (others are ignored) */
  blocks: readonly WorkloadBlock[];
  teammateIds: ReadonlySet<string>;
  /** per-project-day rollup rows of the last four weeks (others are ignored) */
  hatDays: readonly HatDayFigures[];
}

export interface QuestionReport {
  info: QuestionInfo;
  /** one per client or project, in the order given */
  answers: QuestionAnswer[];
  coverage: Coverage;
}

export interface AreaReport extends AreaSummary {
  questions: QuestionReport[];
  /** clients or projects asked about */
  subjects: number;
}

export interface HealthCheckReport {
  today: DayKey;
  am: AreaReport;
  pm: AreaReport;
  hats: HatHours;
  overload: OverloadSignal;
  recommendation: Recommendation;
}

function areaReport<F>(
  area: AreaReport['area'],
  infos: readonly QuestionInfo[],
  rules: readonly ((facts: F) => QuestionAnswer)[],
  subjects: readonly F[],
): AreaReport {
  const questions = infos.map((info, index) => {
    const rule = rules[index]!;
    const answers = subjects.map((facts) => rule(facts));
    return { info, answers, coverage: coverageOf(answers) };
  });
  return { area, questions, coverage: coverageOf(questions.flatMap((question) => question.answers)), subjects: subjects.length };
}

export function healthCheck(input: HealthCheckInput): HealthCheckReport {
  const { today, locale } = input;
  const context = { today, ...(locale ? { locale } : {}) };
  const pmContext = { ...context, workload: workloadOf(input.blocks, input.settings, today), teammateIds: input.teammateIds };
  const am = areaReport(
    'am',
    AM_QUESTIONS,
    AM_RULES.map((rule) => (facts: ClientFacts) => rule(facts, context)),
    input.clients,
  );
  const pm = areaReport(
    'pm',
    PM_QUESTIONS,
    PM_RULES.map((rule) => (facts: ProjectFacts) => rule(facts, pmContext)),
    input.projects,
  );
  const hats = hatHours(input.hatDays, today);
  const overload = overloadSignal(hats);
  return { today, am, pm, hats, overload, recommendation: recommend(am, pm, overload) };
}
