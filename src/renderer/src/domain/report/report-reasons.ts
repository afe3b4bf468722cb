import { fractionValue } from '../budget/fraction';
import type { BudgetHealth, StatusReason } from '../budget/types';
import { percentText } from './report-labels';

// Status reasons in the client's words. Warnings keep budget health's own sentences (they name
// the figures); "on track" and "no budget" are said for a reader who never saw the rules.

export function clientReasons(health: BudgetHealth): Pick<StatusReason, 'level' | 'text'>[] {
  return health.reasons.map((reason) => {
    if (reason.rule === 'no-budget')
      return { level: reason.level, text: 'No budget has been set for this project yet, so it is not measured against one.' };
    if (reason.rule === 'on-track') return { level: reason.level, text: onTrackText(health) };
    return { level: reason.level, text: reason.text };
  });
}

function onTrackText(health: BudgetHealth): string {
  const spent = health.primary?.percentSpent ? fractionValue(health.primary.percentSpent) : null;
  if (health.retainer) {
    return `${percentText(spent)} of this cycle’s hours are used; at the current pace they last until the cycle ends.`;
  }
  const done =
    health.percentComplete.basis === 'unknown'
      ? ''
      : ` and ${percentText(fractionValue(health.percentComplete.value))} of the work is done`;
  const used = spent === null ? 'Nothing is spent yet' : `${percentText(spent)} of the budget is spent`;
  return `${used}${done}; the forecast stays within the budget.`;
}
