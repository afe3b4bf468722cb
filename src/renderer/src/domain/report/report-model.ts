import { budgetHealth, projectRate } from '../budget/budget-health';
import { burnChart } from '../budget/burn-chart';
import { fractionValue } from '../budget/fraction';
import type { BudgetHealth, DayFigures, MeasureHealth, RetainerHealth } from '../budget/types';
import { toCurrencyCode } from '../units/money';
import { projectProfitability } from '../invoices/profitability';
import { safeLogoUrl } from './escape-html';
import { clientReasons } from './report-reasons';
import { changeRequestsOf, decisionsOf, doneIn, milestonesOf, nextAfter } from './report-sections';
import type {
  ReportBudget,
  ReportInput,
  ReportModel,
  ReportPeriod,
  ReportProject,
  ReportProjectInput,
  ReportRetainer,
} from './report-types';

// A client's status report as data. Budget figures are budget health as of the generated day
// (domain/budget, the same numbers as the Budgets screen); the narrative sections come from the
// period (report-sections.ts). Projects keep the order they were given in.

export const DEFAULT_NEXT_DAYS = 14;
/** Points in a printed burn chart: plenty for a 17 cm wide line. */
export const REPORT_CHART_POINTS = 120;
/** Retainer cycles in the printed cycles chart. */
export const REPORT_RETAINER_CYCLES = 6;

export function buildReportModel(input: ReportInput): ReportModel {
  return {
    paper: input.paper,
    locale: input.locale,
    agency: { name: input.agencyName.trim(), logo: safeLogoUrl(input.logo) },
    client: { name: input.client.name, currency: input.client.currency },
    period: input.period,
    generatedOn: input.generatedOn,
    projects: input.projects.map((project) => reportProject(project, input)),
  };
}

function reportProject(source: ReportProjectInput, input: ReportInput): ReportProject {
  const { project } = source;
  const health = budgetHealth({
    project,
    currency: toCurrencyCode(input.client.currency),
    totals: source.totals,
    days: source.days,
    blocks: source.blocks,
    settings: input.settings,
    today: input.generatedOn,
    ...(input.locale === undefined ? {} : { locale: input.locale }),
  });
  const measure = health.primary;
  return {
    id: project.id,
    name: project.name,
    code: project.code,
    billing: project.billing,
    stage: project.status,
    startDay: project.startDay ?? null,
    endDay: project.endDay ?? null,
    status: health.status,
    reasons: clientReasons(health),
    percentComplete: health.percentComplete.basis === 'unknown' ? null : fractionValue(health.percentComplete.value),
    budget: measure ? budgetOf(measure, health, source.days, input.period) : null,
    chart:
      measure && !health.retainer
        ? burnChart({
            project,
            health: measure,
            days: source.days,
            blocks: source.blocks,
            rate: projectRate(project, input.settings),
            workWeekDays: input.settings.workWeekDays,
            today: input.generatedOn,
            maxPoints: REPORT_CHART_POINTS,
          })
        : null,
    retainer: health.retainer ? retainerOf(health.retainer) : null,
    milestones: milestonesOf(project, input.generatedOn),
    done: doneIn(source, input.period),
    next: nextAfter(source, input.period, input.generatedOn, input.nextDays ?? DEFAULT_NEXT_DAYS),
    changeRequests: changeRequestsOf(project),
    decisions: decisionsOf(source),
    profit: input.profitability
      ? projectProfitability({
          project,
          currency: toCurrencyCode(input.client.currency),
          homeCurrency: input.profitability.homeCurrency,
          totals: {
            minutes: source.totals.minutes,
            expensesMinor: source.totals.expensesMinor,
            costMinor: source.costMinor ?? 0,
          },
          invoices: input.profitability.sentInvoices,
        })
      : null,
  };
}

function budgetOf(measure: MeasureHealth, health: BudgetHealth, days: readonly DayFigures[], period: ReportPeriod): ReportBudget {
  const spentInPeriod = days
    .filter((row) => row.day >= period.from && row.day <= period.to)
    .reduce((sum, row) => sum + (measure.measure === 'hours' ? row.minutes : row.amountMinor + row.expensesMinor), 0);
  return {
    measure: measure.measure,
    currency: measure.currency,
    budget: measure.budget,
    approvedChanges: measure.approvedChanges,
    baseline: measure.baseline,
    spent: measure.spent,
    spentInPeriod,
    remaining: measure.remaining,
    eac: measure.eac,
    runOut: measure.runOut,
    percentSpent: measure.percentSpent ? fractionValue(measure.percentSpent) : null,
    cycle: health.retainer !== null,
  };
}

function retainerOf(retainer: RetainerHealth): ReportRetainer {
  return {
    ...retainer.current,
    rollover: retainer.rollover,
    plannedThisCycle: retainer.plannedThisCycle,
    recent: retainer.cycles
      .slice(-REPORT_RETAINER_CYCLES)
      .map((cycle) => ({ start: cycle.start, available: cycle.available, used: cycle.used })),
  };
}
