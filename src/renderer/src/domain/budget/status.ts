import type { DayKey } from '../time/day-key';
import { runOutDay } from './burn';
import { exceedsPercentOf, fractionValue, pointsAbove } from './fraction';
import type { Fraction } from './fraction';
import { STATUS_SEVERITY } from './types';
import type { BudgetStatus, MeasureUnit, PercentComplete, RunOut, StatusReason } from './types';
import { dayWords, formatIn, formatPercent, formatPoints } from './labels';

// Status (docs/product.md, "Status"): red when spent > baseline, or EAC > 110 % of baseline, or
// % spent − % complete > 25 points; amber when EAC > 100 % of baseline, or % spent − % complete > 10
// points, or the run-out date falls before the end date; otherwise green.
// Every rule that fires is listed, worst first. A rule is left out only where a stronger one of
// the same kind already says it: EAC > 100 % under EAC > 110 %, 10 points under 25 points, and
// "runs out before the end date" when spent is already over the baseline.
// The % complete rules need a known % complete and a baseline above zero.

export interface StatusFacts extends MeasureUnit {
  baseline: number;
  spent: number;
  percentSpent: Fraction | null;
  percentComplete: PercentComplete;
  eac: number;
  runOut: RunOut;
  burnRate: number;
  endDay: DayKey | null;
  today: DayKey;
}

export function statusOf(facts: StatusFacts, locale?: string): { status: BudgetStatus; reasons: StatusReason[] } {
  const reasons: StatusReason[] = [];
  const amount = (value: number) => formatIn(facts, value, locale);
  const baseline = amount(facts.baseline);
  const eacShare = facts.baseline > 0 ? (facts.eac / facts.baseline) * 100 : null;

  const overBaseline = facts.spent > facts.baseline;
  if (overBaseline) {
    const over = amount(facts.spent - facts.baseline);
    reasons.push({
      rule: 'over-baseline',
      level: 'red',
      text: `Spent ${amount(facts.spent)} is over the ${baseline} baseline by ${over}.`,
      short: `Over baseline by ${over}`,
    });
  }

  const eacReason = (threshold: 110 | 100): StatusReason => {
    const share = eacShare === null ? null : formatPercent(eacShare, threshold);
    return {
      rule: threshold === 110 ? 'eac-over-110' : 'eac-over-100',
      level: threshold === 110 ? 'red' : 'amber',
      text:
        share === null
          ? `The estimate at completion, ${amount(facts.eac)}, is more than the ${baseline} baseline.`
          : `The estimate at completion, ${amount(facts.eac)}, is ${share} of the ${baseline} baseline: more than ${threshold}%.`,
      short: share === null ? 'EAC over baseline' : `EAC ${share} of baseline`,
    };
  };
  if (exceedsPercentOf(facts.eac, facts.baseline, 110)) reasons.push(eacReason(110));
  else if (exceedsPercentOf(facts.eac, facts.baseline, 100)) reasons.push(eacReason(100));

  const complete = facts.percentComplete.basis === 'unknown' ? null : facts.percentComplete.value;
  if (complete && facts.percentSpent) {
    const spentPercent = fractionValue(facts.percentSpent) * 100;
    const completePercent = fractionValue(complete) * 100;
    const aheadReason = (threshold: 25 | 10): StatusReason => {
      const gap = formatPoints(spentPercent - completePercent, threshold);
      return {
        rule: threshold === 25 ? 'spent-ahead-25' : 'spent-ahead-10',
        level: threshold === 25 ? 'red' : 'amber',
        text: `${formatPercent(spentPercent)} of the budget is spent but only ${formatPercent(completePercent)} of the work is done: ${gap} points apart, more than ${threshold}.`,
        short: `Spent ${gap} pts ahead of progress`,
      };
    };
    if (pointsAbove(facts.percentSpent, complete, 25)) reasons.push(aheadReason(25));
    else if (pointsAbove(facts.percentSpent, complete, 10)) reasons.push(aheadReason(10));
  }

  const runsOut = runOutDay(facts.runOut, facts.today);
  if (!overBaseline && facts.endDay && runsOut && runsOut < facts.endDay) {
    const end = dayWords(facts.endDay, locale);
    reasons.push(
      facts.runOut.kind === 'used-up'
        ? {
            rule: 'runs-out-before-end',
            level: 'amber',
            text: `Nothing is left of the ${baseline} baseline, and the work runs until ${end}.`,
            short: 'Used up before the end date',
          }
        : {
            rule: 'runs-out-before-end',
            level: 'amber',
            text: `At ${amount(facts.burnRate)} a working day the budget runs out on ${dayWords(runsOut, locale)}, before the end date, ${end}.`,
            short: `Runs out ${dayWords(runsOut, locale)}, before the end`,
          },
    );
  }

  if (reasons.length === 0) return { status: 'green', reasons: [onTrack(facts, eacShare, complete)] };
  reasons.sort((a, b) => STATUS_SEVERITY[b.level] - STATUS_SEVERITY[a.level]);
  return { status: reasons.some((reason) => reason.level === 'red') ? 'red' : 'amber', reasons };
}

function onTrack(facts: StatusFacts, eacShare: number | null, complete: Fraction | null): StatusReason {
  const spent = facts.percentSpent
    ? `${formatPercent(fractionValue(facts.percentSpent) * 100)} of the baseline spent`
    : 'nothing spent against a zero baseline';
  const done = complete ? `${formatPercent(fractionValue(complete) * 100)} of the work done` : '% complete unknown';
  const eac = eacShare === null ? '' : `, estimate at completion ${formatPercent(eacShare)} of the baseline`;
  return { rule: 'on-track', level: 'green', text: `No warning rule fired: ${spent}, ${done}${eac}.`, short: 'On track' };
}

export const NO_BUDGET_REASON: StatusReason = {
  rule: 'no-budget',
  level: 'none',
  text: 'No budget: set budget hours or an amount on the project to measure it against.',
  short: 'Set budget hours or an amount',
};
