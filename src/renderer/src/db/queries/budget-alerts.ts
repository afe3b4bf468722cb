import { thresholdAlerts, type SeenThresholds, type ThresholdAlert, type ThresholdSource } from '../../domain/budget/threshold-alerts';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { healthOf } from './budget-health';
import { loadBudgetTable } from './budget-table';

export interface BudgetAlerts {
  alerts: ThresholdAlert[];
  /** every active project's spend, for acknowledging what the banner showed */
  sources: ThresholdSource[];
  seen: SeenThresholds;
}

/** Active projects that crossed 80 % or 100 % of baseline since the user last dismissed the banner. */
export async function loadBudgetAlerts(db: TandemDb, today: DayKey): Promise<BudgetAlerts> {
  const { sources, settings } = await loadBudgetTable(db, today);
  const spend = sources.map((source) => ({
    projectId: source.project.id,
    label: `${source.project.code} ${source.project.name}`,
    percentSpent: healthOf(source, settings, today).primary?.percentSpent ?? null,
  }));
  return { alerts: thresholdAlerts(spend, settings.budgetAlertsSeen), sources: spend, seen: settings.budgetAlertsSeen };
}
