import { approvedChangeRequests } from '../budget/baseline';
import { divideRoundedBig } from '../budget/fraction';
import type { Fraction } from '../budget/fraction';
import { percentComplete } from '../budget/scope';
import { BASIS_POINTS_PER_WHOLE } from '../model/invoice';
import type { Invoice, InvoiceLine } from '../model/invoice';
import type { Project } from '../model/project';
import type { RollupFigures } from '../rollup-figures';
import type { CurrencyCode } from '../units/money';
import { invoiceTotals } from './totals';

// What a project and a client earned after the cost of the time (docs/product.md, "Profitability"):
// - revenue: time and materials and retainers, what sent (not void, not draft) invoices bill the
//   project: its lines after the invoice's discount, before tax; fixed fee, the fee (budget amount +
//   approved change requests) × % complete; non-billable, none;
// - cost: Σ each entry's cost snapshot × its minutes (the rollups' costMinor), in the home currency;
// - margin = revenue − cost − expenses; margin % = margin ÷ revenue; effective rate = revenue ÷ hours.
// Cost rates are in the home currency, revenue and expenses in the client's: a project billed in
// another currency shows its cost but no margin. All money integer minor units, rounded once.

export type ProfitProject = Pick<Project, 'id' | 'billing' | 'budgetAmount' | 'changeRequests' | 'scopeItems' | 'milestones'>;

/** What revenue needs of an invoice: its state, discount and the lines with the project each bills. */
export type RevenueInvoice = Pick<Invoice, 'status' | 'discountBasisPoints'> & {
  lines: readonly Pick<InvoiceLine, 'unit' | 'quantity' | 'unitPrice' | 'taxes' | 'projectId'>[];
};

export type Revenue =
  /** time and materials, retainer: billed on sent invoices */
  | { kind: 'invoiced'; minor: number }
  /** fixed fee: the fee recognised by % complete */
  | { kind: 'fee'; minor: number; feeMinor: number; complete: Fraction }
  /** non-billable: earns nothing by design */
  | { kind: 'none' }
  /** fixed fee without a fee (budget amount) or without a known % complete */
  | { kind: 'unknown'; why: 'no-fee' | 'no-percent-complete' };

export type MarginUnknown = 'other-currency' | 'revenue-unknown';

export interface Profitability {
  /** the client's currency: revenue, expenses, margin and the effective rate */
  currency: CurrencyCode;
  /** the home currency: cost */
  homeCurrency: CurrencyCode;
  revenue: Revenue;
  /** revenue in minor units, null when unknown */
  revenueMinor: number | null;
  /** minor units of the home currency */
  costMinor: number;
  expensesMinor: number;
  minutes: number;
  /** revenue − cost − expenses, or why there is none */
  margin: { kind: 'known'; minor: number } | { kind: 'unknown'; why: MarginUnknown };
  /** margin ÷ revenue in basis points (2350 = 23.5 %), rounded once; null without a margin or when revenue ≤ 0 */
  marginBasisPoints: number | null;
  /** revenue per hour logged, minor units, rounded once; null without revenue or without hours */
  effectiveRateMinor: number | null;
}

export interface ProfitabilityInput {
  project: ProfitProject;
  currency: CurrencyCode;
  homeCurrency: CurrencyCode;
  /** the project's projectTotals row (or emptyTotals) */
  totals: Pick<RollupFigures, 'minutes' | 'costMinor' | 'expensesMinor'>;
  /** the client's invoices (any state: only sent ones count) */
  invoices: readonly RevenueInvoice[];
}

/**
 * What sent invoices bill a project: per invoice, its lines for the project with the invoice's
 * discount taken off the way the invoice takes it (per group of lines sharing taxes, rounded once per
 * group), before tax. An invoice billing one project gives exactly its subtotal − discount.
 */
export function invoicedRevenueMinor(invoices: readonly RevenueInvoice[], projectId: string): number {
  let sum = 0;
  for (const invoice of invoices) {
    if (invoice.status !== 'sent') continue;
    const lines = invoice.lines.filter((line) => line.projectId === projectId);
    if (lines.length === 0) continue;
    const totals = invoiceTotals({ lines, discountBasisPoints: invoice.discountBasisPoints });
    sum += totals.subtotal - totals.discount;
  }
  return sum;
}

/** A fixed fee: budget amount + approved change requests' amounts; null without a budget amount. */
export function fixedFeeMinor(project: Pick<Project, 'budgetAmount' | 'changeRequests'>): number | null {
  if (project.budgetAmount === undefined) return null;
  return approvedChangeRequests(project).reduce<number>((sum, request) => sum + request.amount, project.budgetAmount);
}

export function revenueOf(project: ProfitProject, invoices: readonly RevenueInvoice[]): Revenue {
  switch (project.billing) {
    case 'non_billable':
      return { kind: 'none' };
    case 'fixed_fee': {
      const fee = fixedFeeMinor(project);
      if (fee === null) return { kind: 'unknown', why: 'no-fee' };
      const complete = percentComplete(project);
      if (complete.basis === 'unknown') return { kind: 'unknown', why: 'no-percent-complete' };
      const minor = divideRoundedBig(BigInt(fee) * BigInt(complete.value.num), BigInt(complete.value.den));
      return { kind: 'fee', minor, feeMinor: fee, complete: complete.value };
    }
    case 'time_and_materials':
    case 'retainer':
      return { kind: 'invoiced', minor: invoicedRevenueMinor(invoices, project.id) };
  }
}

function revenueMinorOf(revenue: Revenue): number | null {
  if (revenue.kind === 'unknown') return null;
  return revenue.kind === 'none' ? 0 : revenue.minor;
}

/** The figures from revenue, cost, expenses and hours (shared by projects and clients). */
function figuresOf(
  currency: CurrencyCode,
  homeCurrency: CurrencyCode,
  revenueMinor: number | null,
  costMinor: number,
  expensesMinor: number,
  minutes: number,
): Pick<Profitability, 'margin' | 'marginBasisPoints' | 'effectiveRateMinor'> {
  const effectiveRateMinor =
    revenueMinor !== null && revenueMinor !== 0 && minutes > 0
      ? divideRoundedBig(BigInt(revenueMinor) * 60n, BigInt(minutes))
      : null;
  if (currency !== homeCurrency)
    return { margin: { kind: 'unknown', why: 'other-currency' }, marginBasisPoints: null, effectiveRateMinor };
  if (revenueMinor === null)
    return { margin: { kind: 'unknown', why: 'revenue-unknown' }, marginBasisPoints: null, effectiveRateMinor };
  const margin = revenueMinor - costMinor - expensesMinor;
  const marginBasisPoints =
    revenueMinor > 0 ? divideRoundedBig(BigInt(margin) * BigInt(BASIS_POINTS_PER_WHOLE), BigInt(revenueMinor)) : null;
  return { margin: { kind: 'known', minor: margin }, marginBasisPoints, effectiveRateMinor };
}

export function projectProfitability(input: ProfitabilityInput): Profitability {
  const revenue = revenueOf(input.project, input.invoices);
  const revenueMinor = revenueMinorOf(revenue);
  const { costMinor, expensesMinor, minutes } = input.totals;
  return {
    currency: input.currency,
    homeCurrency: input.homeCurrency,
    revenue,
    revenueMinor,
    costMinor,
    expensesMinor,
    minutes,
    ...figuresOf(input.currency, input.homeCurrency, revenueMinor, costMinor, expensesMinor, minutes),
  };
}

export interface ClientProfitability {
  currency: CurrencyCode;
  homeCurrency: CurrencyCode;
  /** Σ over the projects whose revenue is known */
  revenueMinor: number;
  costMinor: number;
  expensesMinor: number;
  minutes: number;
  margin: Profitability['margin'];
  marginBasisPoints: number | null;
  effectiveRateMinor: number | null;
  /** fixed-fee projects left out (fee or % complete unknown), so revenue and cost compare like with like */
  leftOut: number;
}

/**
 * A client's figures: the sums over its projects (one currency: the client's) whose revenue is known;
 * a project without a known revenue is left out whole (its cost and hours too) and counted.
 */
export function clientProfitability(
  currency: CurrencyCode,
  homeCurrency: CurrencyCode,
  projects: readonly Profitability[],
): ClientProfitability {
  let revenueMinor = 0;
  let costMinor = 0;
  let expensesMinor = 0;
  let minutes = 0;
  let leftOut = 0;
  for (const project of projects) {
    if (project.revenueMinor === null) {
      leftOut += 1;
      continue;
    }
    revenueMinor += project.revenueMinor;
    costMinor += project.costMinor;
    expensesMinor += project.expensesMinor;
    minutes += project.minutes;
  }
  return {
    currency,
    homeCurrency,
    revenueMinor,
    costMinor,
    expensesMinor,
    minutes,
    leftOut,
    ...figuresOf(currency, homeCurrency, revenueMinor, costMinor, expensesMinor, minutes),
  };
}
