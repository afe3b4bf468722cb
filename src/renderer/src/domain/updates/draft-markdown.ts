import { formatDay } from '../format/format-day';
import { formatMinutes } from '../format/format-duration';
import { formatMoney } from '../format/format-money';
import type { BudgetMeasure } from '../budget/types';
import { BLOCK_KIND_LABELS } from '../model/time-block';
import type { DayKey } from '../time/day-key';
import { money } from '../units/money';
import type { Decision, MeasureLine, ProjectBudget, ProjectDone, ProjectNext, UpdateDraftModel } from './draft-types';
import { escapeMarkdown } from './markdown';
import { rangeWords } from './period';
import type { DayRange } from './period';

// The draft model as Markdown the user edits before sending. Names and titles are user text:
// Markdown characters in them are escaped so a title like "*draft*" stays as written.

export const SECTION_TITLES = {
  done: 'Done',
  next: 'Next',
  budget: 'Hours and budget',
  risks: 'Risks',
  decisions: 'Decisions needed from you',
} as const;

interface Words {
  day: (day: DayKey) => string;
  amount: (minor: number) => string;
  inMeasure: (measure: BudgetMeasure, value: number) => string;
  range: (range: DayRange) => string;
}

function wordsFor(model: UpdateDraftModel, locale?: string): Words {
  const amount = (minor: number) => formatMoney(money(minor, model.currency), locale);
  return {
    day: (day) => formatDay(day, locale, 'short'),
    amount,
    inMeasure: (measure, value) => (measure === 'money' ? amount(value) : formatMinutes(value)),
    range: (range) => rangeWords(range, locale),
  };
}

const text = escapeMarkdown;

function doneLines(done: ProjectDone, words: Words): string[] {
  const lines = done.milestones.map((milestone) => `- Milestone reached: ${text(milestone.name)} (${words.day(milestone.day)})`);
  for (const task of done.tasks) lines.push(`- ${text(task.title)} (${words.day(task.day)})`);
  if (done.scope) lines.push(`- Scope delivered so far: ${done.scope.done} of ${done.scope.total} items`);
  return lines;
}

function nextLines(next: ProjectNext, words: Words): string[] {
  const when = (due: DayKey, overdue: boolean) => (overdue ? `was due ${words.day(due)}` : `due ${words.day(due)}`);
  const lines = next.milestones.map((milestone) => `- Milestone: ${text(milestone.name)}, ${when(milestone.due, milestone.overdue)}`);
  for (const task of next.tasks) lines.push(`- ${text(task.title)}, ${when(task.due, task.overdue)}`);
  for (const meeting of next.meetings) {
    lines.push(`- ${text(meeting.title)} (${BLOCK_KIND_LABELS[meeting.kind].toLowerCase()}, ${words.day(meeting.day)})`);
  }
  if (next.plannedMinutes > 0) {
    const days = next.plannedDays === 1 ? '1 day' : `${next.plannedDays} days`;
    lines.push(`- Time booked: ${formatMinutes(next.plannedMinutes)} over ${days}`);
  }
  return lines;
}

function left(measure: BudgetMeasure, remaining: number, words: Words): string {
  return remaining >= 0 ? `${words.inMeasure(measure, remaining)} remaining` : `${words.inMeasure(measure, -remaining)} over`;
}

function measureLine(line: MeasureLine, words: Words): string {
  const label = line.measure === 'money' ? 'Budget' : 'Budget hours';
  return `- ${label}: ${words.inMeasure(line.measure, line.spent)} of ${words.inMeasure(line.measure, line.baseline)} used, ${left(line.measure, line.remaining, words)}`;
}

function withAmount(minutes: number, amount: number, words: Words): string {
  if (minutes === 0 && amount === 0) return 'nothing logged';
  return amount > 0 ? `${formatMinutes(minutes)} (${words.amount(amount)})` : formatMinutes(minutes);
}

function budgetLines(budget: ProjectBudget, words: Words): string[] {
  const lines = [
    `- This period: ${withAmount(budget.periodMinutes, budget.periodAmount, words)}`,
    `- To date: ${withAmount(budget.toDateMinutes, budget.toDateAmount, words)}`,
  ];
  const cycle = budget.retainer;
  if (cycle) {
    const range = words.range({ start: cycle.start, end: cycle.end });
    lines.push(`- Retainer hours this cycle (${range}): ${formatMinutes(cycle.used)} of ${formatMinutes(cycle.available)} used, ${left('hours', cycle.remaining, words)}`);
  } else if (budget.measures.length === 0) lines.push('- No budget set');
  else lines.push(...budget.measures.map((line) => measureLine(line, words)));
  return lines;
}

function decisionLine(decision: Decision, words: Words): string {
  const where = text(decision.projectName);
  if (decision.kind === 'waiting-task') {
    const due = decision.due ? `, due ${words.day(decision.due)}` : '';
    return `- ${where}: we are waiting on you for “${text(decision.title)}”${due}`;
  }
  if (decision.status === 'asked') {
    return `- ${where}: change request “${text(decision.title)}”, asked on ${words.day(decision.askedAt)}; we will send an estimate for your decision`;
  }
  const figures = [decision.estimateMinutes > 0 ? formatMinutes(decision.estimateMinutes) : null, decision.amount > 0 ? words.amount(decision.amount) : null]
    .filter((part) => part !== null)
    .join(', ');
  return `- ${where}: change request “${text(decision.title)}”${figures ? `, estimated at ${figures}` : ''}; do you approve it?`;
}

function perProject<T extends { projectName: string }>(items: readonly T[], lines: (item: T) => string[]): string[] {
  return items.flatMap((item) => [`### ${text(item.projectName)}`, '', ...lines(item), '']);
}

export function renderDraftMarkdown(model: UpdateDraftModel, locale?: string): string {
  const words = wordsFor(model, locale);
  const out: string[] = [`# Update for ${text(model.clientName)}: ${rangeWords(model.period, locale)}`, ''];
  const section = (title: string, body: string[], empty: string) => {
    out.push(`## ${title}`, '');
    if (body.length > 0) out.push(...body);
    else out.push(empty, '');
  };
  section(SECTION_TITLES.done, perProject(model.done, (done) => doneLines(done, words)), 'Nothing was finished in this period.');
  section(SECTION_TITLES.next, perProject(model.upcoming, (next) => nextLines(next, words)), 'Nothing is planned for the next 7 days yet.');
  section(SECTION_TITLES.budget, perProject(model.budgets, (budget) => budgetLines(budget, words)), 'No active projects.');
  const risks = model.risks.map((risk) => `- ${text(risk.text)}`);
  section(SECTION_TITLES.risks, risks.length > 0 ? [...risks, ''] : [], 'No budget risks to report.');
  const decisions = model.decisions.map((decision) => decisionLine(decision, words));
  section(SECTION_TITLES.decisions, decisions.length > 0 ? [...decisions, ''] : [], 'Nothing is waiting on you right now.');
  return `${out.join('\n').trimEnd()}\n`;
}
