import { fractionValue } from '../budget/fraction';
import type { BudgetHealth, MeasureHealth, PercentComplete, StatusReason } from '../budget/types';
import { dayWords, formatIn } from '../budget/labels';
import type { Risk } from './draft-types';

// Budget-health reasons (which speak of baselines and estimates at completion) in the words a
// client reads: what is used, what it is expected to need, when it runs out. One sentence per
// amber or red rule of the measure that sets the status.

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function completeShare(complete: PercentComplete): number | null {
  return complete.basis === 'unknown' ? null : fractionValue(complete.value);
}

function sentence(reason: StatusReason, measure: MeasureHealth, health: BudgetHealth, name: string, locale?: string): string | null {
  const amount = (value: number) => formatIn(measure, value, locale);
  const retainer = health.retainer !== null;
  const budget = retainer ? `this cycle’s ${amount(measure.baseline)}` : `its ${amount(measure.baseline)} budget`;
  switch (reason.rule) {
    case 'over-baseline':
      return `${name} has used ${amount(measure.spent)} of ${budget}: ${amount(measure.spent - measure.baseline)} over.`;
    case 'eac-over-110':
    case 'eac-over-100':
      // a retainer's expected total is what it has used, so "over" already says it
      if (retainer) return null;
      return `At the current rate ${name} will need about ${amount(measure.eac)} in total, more than ${budget}.`;
    case 'spent-ahead-25':
    case 'spent-ahead-10': {
      const done = completeShare(health.percentComplete);
      if (done === null || !measure.percentSpent) return null;
      return `${name} has used ${percent(fractionValue(measure.percentSpent))} of its budget with about ${percent(done)} of the work done.`;
    }
    case 'runs-out-before-end': {
      if (!measure.endDay) return null;
      const end = dayWords(measure.endDay, locale);
      const what = retainer ? 'this cycle’s hours' : 'the budget';
      if (measure.runOut.kind === 'date') {
        const until = retainer ? `before the cycle ends on ${end}` : `before the planned end on ${end}`;
        return `At the current pace ${what} for ${name} will run out around ${dayWords(measure.runOut.day, locale)}, ${until}.`;
      }
      return `${name} has used all of ${budget}, and the work is planned to continue until ${end}.`;
    }
    default:
      return null;
  }
}

/** The amber and red reasons of a project's budget health as plain sentences, worst first. */
export function risksOf(health: BudgetHealth, ref: { projectId: string; projectName: string }, locale?: string): Risk[] {
  const measure = health.primary;
  if (!measure || (health.status !== 'amber' && health.status !== 'red')) return [];
  const risks: Risk[] = [];
  for (const reason of health.reasons) {
    if (reason.level !== 'amber' && reason.level !== 'red') continue;
    const text = sentence(reason, measure, health, ref.projectName, locale);
    if (text) risks.push({ ...ref, level: reason.level, rule: reason.rule, text });
  }
  return risks;
}
