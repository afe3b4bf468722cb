import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import { money } from '../../domain/units/money';
import type { Project } from '../../domain/model/project';

// Display helpers for amounts whose currency may be unknown (a project whose client is gone).

export function formatAmount(minor: number, currency: string | null | undefined): string {
  return currency ? formatMoney(money(minor, currency)) : '—';
}

/** '40h · €10,000.00', '40h', '€10,000.00' or 'No budget'. */
export function formatBudget(project: Project, currency: string | null | undefined): string {
  const parts: string[] = [];
  if (project.budgetMinutes !== undefined) parts.push(formatMinutes(project.budgetMinutes));
  if (project.budgetAmount !== undefined) parts.push(formatAmount(project.budgetAmount, currency));
  return parts.length > 0 ? parts.join(' · ') : 'No budget';
}
