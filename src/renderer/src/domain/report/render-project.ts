import { formatMinutes } from '../format/format-duration';
import type { MeasureUnit } from '../budget/types';
import type { DayKey } from '../time/day-key';
import { BURN_LINES, burnLinesShown, renderBurnChart } from './burn-chart-svg';
import { valueAxis } from '../budget/chart-ticks';
import { markup } from './escape-html';
import type { SafeHtml } from './escape-html';
import { badge, figure, listBlock, table } from './render-parts';
import type { ReportBudget, ReportModel, ReportProject, ReportRetainer } from './report-types';
import {
  BILLING_WORDS,
  CHANGE_WORDS,
  STAGE_WORDS,
  STATUS_WORDS,
  amountText,
  dayText,
  percentText,
  runOutText,
} from './report-labels';
import { renderBarChart } from './svg-bars';
import { renderProfit } from './render-profit';
import { NONE } from '../format/none';

// One project's pages of the report: status and why, the budget figures and chart, what was
// done and what is next, milestones, change requests and the decisions the client owes.

export function renderProject(project: ReportProject, model: ReportModel): SafeHtml {
  const { locale } = model;
  const day = (value: DayKey) => dayText(value, locale);
  const dates =
    project.startDay || project.endDay
      ? `${project.startDay ? day(project.startDay) : 'No start date'} – ${project.endDay ? day(project.endDay) : 'open-ended'}`
      : null;
  const meta = [project.code, BILLING_WORDS[project.billing], STAGE_WORDS[project.stage], dates].filter(Boolean).join(' · ');
  return markup`<section class="project" aria-labelledby="project-${project.code}">
    <div class="project-head">
      <h2 id="project-${project.code}">${project.name}</h2>
      ${badge(project.status, STATUS_WORDS[project.status])}
    </div>
    <p class="project-meta muted">${meta}</p>
    <ul class="reasons">
      ${project.reasons.map((reason) => markup`<li class="level-${reason.level}">${reason.text}</li>`)}
    </ul>
    ${project.budget ? figures(project, project.budget, model) : ''} ${chartOf(project, model)}
    ${project.profit ? renderProfit(project.profit, model.locale) : ''}
    <div class="columns">${doneBlock(project, model)}${nextBlock(project, model)}</div>
    ${milestonesBlock(project, model)} ${changesBlock(project, model)} ${decisionsBlock(project, model)}
  </section>`;
}

function figures(project: ReportProject, budget: ReportBudget, model: ReportModel): SafeHtml {
  const value = (amount: number) => amountText(budget, amount, model.locale);
  const share = (amount: number) => (budget.baseline > 0 ? percentText(amount / budget.baseline) : NONE);
  const retainer = project.retainer;
  return markup`<dl class="figures">
    ${figure(
      retainer ? 'Hours this cycle' : 'Budget',
      value(budget.baseline),
      retainer
        ? cycleParts(retainer, model)
        : budget.approvedChanges > 0
          ? `incl. ${value(budget.approvedChanges)} approved changes`
          : 'no approved changes',
    )}
    ${figure(retainer ? 'Used this cycle' : 'Spent to date', value(budget.spent), `${percentText(budget.percentSpent)} of the budget`)}
    ${figure(
      retainer ? 'Hours remaining this cycle' : 'Remaining',
      value(budget.remaining),
      budget.remaining < 0 ? `over by ${value(-budget.remaining)}` : 'budget − spent',
      { over: budget.remaining < 0 },
    )}
    ${retainer ? figure('Cycle ends', dayText(retainer.end, model.locale), plannedWords(retainer.plannedThisCycle)) : figure('Estimate at completion', value(budget.eac), `${share(budget.eac)} of the budget`)}
    ${figure(retainer ? 'Hours run out' : 'Budget runs out', runOutWords(budget, retainer, model), 'at the pace of the last two weeks')}
    ${figure('Spent this period', value(budget.spentInPeriod), `${formatMinutes(project.done.minutes)} logged`)}
    ${retainer ? '' : figure('Work complete', percentText(project.percentComplete), project.percentComplete === null ? 'not measured' : 'of the planned scope')}
  </dl>`;
}

function plannedWords(minutes: number): string {
  return minutes > 0 ? `${formatMinutes(minutes)} of work planned until then` : 'no work planned on the calendar yet';
}

/** A retainer's hours that outlast the cycle do not "run out": the next cycle brings more. */
function runOutWords(budget: ReportBudget, retainer: ReportRetainer | null, model: ReportModel): string {
  if (retainer && budget.runOut.kind === 'date' && budget.runOut.day > retainer.end) return 'Not this cycle';
  return runOutText(budget.runOut, model.locale);
}

function cycleParts(retainer: ReportRetainer, model: ReportModel): string {
  const parts = [`${formatMinutes(retainer.allowance)} a month`];
  if (retainer.carriedIn > 0) parts.push(`${formatMinutes(retainer.carriedIn)} rolled over`);
  if (retainer.extra > 0) parts.push(`${formatMinutes(retainer.extra)} approved changes`);
  return `${parts.join(' + ')}; ${dayText(retainer.start, model.locale)} – ${dayText(retainer.end, model.locale)}`;
}

function chartOf(project: ReportProject, model: ReportModel): SafeHtml | '' {
  const { budget } = project;
  if (project.retainer) return cyclesChart(project.retainer, project.name, model);
  // a chart of one day (nothing logged, no dates) would be an empty frame
  if (!project.chart || !budget || project.chart.from === project.chart.to) return '';
  const shown = new Set(burnLinesShown(project.chart));
  const legend = BURN_LINES.filter((line) => shown.has(line.key))
    .reverse()
    .map((line) => markup`<li><span class="swatch swatch-${line.key}"></span>${line.label}</li>`);
  return markup`<figure class="chart-box">
    <h3>Budget burn</h3>
    ${renderBurnChart(project.chart, budget, budget.eac, `Burn chart for ${project.name}`, model.locale)}
    <ul class="legend">
      ${legend}
    </ul>
  </figure>`;
}

function cyclesChart(retainer: ReportRetainer, name: string, model: ReportModel): SafeHtml {
  const hours: MeasureUnit = { measure: 'hours', currency: null };
  const ticks = valueAxis(Math.max(1, ...retainer.recent.flatMap((cycle) => [cycle.available, cycle.used])) / 60);
  return markup`<figure class="chart-box">
    <h3>Hours per cycle</h3>
    ${renderBarChart({
      title: `Retainer cycles for ${name}`,
      width: 680,
      height: 170,
      yMax: ticks[ticks.length - 1] ?? 1,
      yTicks: ticks.map((tick) => ({ value: tick, label: `${tick}h` })),
      classNames: ['bar-available', 'bar-used'],
      groups: retainer.recent.map((cycle) => ({
        label: dayText(cycle.start, model.locale),
        values: [cycle.available / 60, cycle.used / 60],
      })),
    })}
    <ul class="legend">
      <li><span class="swatch swatch-available"></span>Available</li>
      <li><span class="swatch swatch-used"></span>Used</li>
    </ul>
    ${retainer.rollover ? markup`<p class="muted">Unused hours roll over to the next cycle.</p>` : ''}
    <span class="visually-hidden">${amountText(hours, retainer.remaining, model.locale)} remaining</span>
  </figure>`;
}

function doneBlock(project: ReportProject, model: ReportModel): SafeHtml {
  const { done } = project;
  const day = (value: DayKey) => dayText(value, model.locale);
  const items = [
    ...done.milestones.map(
      (item) => markup`Milestone reached: <strong>${item.name}</strong> <span class="muted">(${day(item.day)})</span>`,
    ),
    ...done.tasks.map((item) => markup`${item.title} <span class="muted">(${day(item.day)})</span>`),
    ...done.work.map((item) => markup`${item.note} <span class="muted">— ${formatMinutes(item.minutes)}</span>`),
    ...(done.moreWork > 0 ? [markup`<span class="muted">and ${done.moreWork} more kinds of work</span>`] : []),
  ];
  const title = done.minutes > 0 ? `What was done (${formatMinutes(done.minutes)})` : 'What was done';
  return listBlock(title, items, 'No work was logged in this period.');
}

function nextBlock(project: ReportProject, model: ReportModel): SafeHtml {
  const { next } = project;
  const day = (value: DayKey) => dayText(value, model.locale);
  const dueWords = (due: DayKey, overdue: boolean) => `${overdue ? 'was due' : 'due'} ${day(due)}`;
  const items = [
    ...next.milestones.map(
      (item) => markup`Milestone: <strong>${item.name}</strong> <span class="muted">(${dueWords(item.due, item.overdue)})</span>`,
    ),
    ...next.tasks.map(
      (item) => markup`${item.title} <span class="muted">(${item.due ? dueWords(item.due, item.overdue) : 'in progress'})</span>`,
    ),
    ...(next.moreTasks > 0 ? [markup`<span class="muted">and ${next.moreTasks} more tasks</span>`] : []),
    ...(next.plannedMinutes > 0
      ? [
          markup`<span class="muted">${formatMinutes(next.plannedMinutes)} of work planned on the calendar until ${day(next.until)}</span>`,
        ]
      : []),
  ];
  return listBlock('What is next', items, `Nothing is scheduled before ${day(next.until)}.`);
}

function milestonesBlock(project: ReportProject, model: ReportModel): SafeHtml | '' {
  if (project.milestones.length === 0) return '';
  const rows = project.milestones.map((milestone) => [
    milestone.name,
    dayText(milestone.due, model.locale),
    milestone.doneAt
      ? `Reached ${dayText(milestone.doneAt, model.locale)}`
      : milestone.state === 'overdue'
        ? badge('amber', 'Overdue')
        : 'Upcoming',
  ]);
  return markup`<div class="block">
    <h3>Milestones</h3>
    ${table(`Milestones of ${project.name}`, [{ label: 'Milestone' }, { label: 'Due' }, { label: 'Status' }], rows)}
  </div>`;
}

function changesBlock(project: ReportProject, model: ReportModel): SafeHtml | '' {
  if (project.changeRequests.length === 0) return '';
  const money: MeasureUnit = { measure: 'money', currency: model.client.currency };
  const rows = project.changeRequests.map((change) => [
    change.title,
    dayText(change.askedAt, model.locale),
    change.status === 'asked' ? NONE : formatMinutes(change.estimateMinutes),
    change.status === 'asked' ? NONE : amountText(money, change.amount, model.locale),
    change.decidedAt
      ? `${CHANGE_WORDS[change.status]} ${dayText(change.decidedAt, model.locale)}${change.decidedBy ? ` by ${change.decidedBy}` : ''}`
      : CHANGE_WORDS[change.status],
  ]);
  return markup`<div class="block">
    <h3>Change requests</h3>
    ${table(
      `Change requests of ${project.name}`,
      [
        { label: 'Change' },
        { label: 'Asked' },
        { label: 'Estimate', numeric: true },
        { label: 'Amount', numeric: true },
        { label: 'Status' },
      ],
      rows,
    )}
  </div>`;
}

/** One decision as a line: what it is, and what we need. */
export function decisionLine(decision: ReportProject['decisions'][number], model: ReportModel): SafeHtml {
  if (decision.kind === 'task') {
    const notes = decision.notes ? markup` — ${decision.notes}` : '';
    const due = decision.due ? markup` <span class="muted">(needed by ${dayText(decision.due, model.locale)})</span>` : '';
    return markup`<strong>${decision.title}</strong>${notes}${due}`;
  }
  const money: MeasureUnit = { measure: 'money', currency: model.client.currency };
  const cost = `${formatMinutes(decision.estimateMinutes)}, ${amountText(money, decision.amount, model.locale)}`;
  return markup`Approve or decline the change <strong>${decision.title}</strong>: ${cost} <span class="muted">(asked ${dayText(decision.askedAt, model.locale)})</span>`;
}

function decisionsBlock(project: ReportProject, model: ReportModel): SafeHtml {
  return listBlock(
    'Decisions needed from you',
    project.decisions.map((decision) => decisionLine(decision, model)),
    'Nothing is waiting on you for this project.',
  );
}
