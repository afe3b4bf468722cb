import type { TandemDb } from '../db';
import { loadProjectBudget } from './budget-project';
import { budgetHealth } from '../../domain/budget/budget-health';
import type { BudgetHealth, BudgetSettings, DayFigures, PlannedBlock } from '../../domain/budget/types';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { ProjectTotals } from '../../domain/rollup-figures';
import type { DayKey } from '../../domain/time/day-key';

// Query results → the pure budget-health input. The rollup rows already have the shapes the
// domain reads (DayFigures, SpentTotals), so nothing is copied.

export function budgetSettingsOf(settings: Settings): BudgetSettings {
  return { burnWindowDays: settings.burnWindowDays, workWeekDays: settings.workWeekDays, defaultRate: settings.defaultRate };
}

export interface HealthSource {
  project: Project;
  client: Client | undefined;
  totals: ProjectTotals;
  days: readonly DayFigures[];
  blocks?: readonly PlannedBlock[];
}

export function healthOf(source: HealthSource, settings: Settings, today: DayKey): BudgetHealth {
  return budgetHealth({
    project: source.project,
    currency: source.client?.currency ?? source.totals.currency,
    totals: source.totals,
    days: source.days,
    blocks: source.blocks ?? [],
    settings: budgetSettingsOf(settings),
    today,
  });
}

/** One project's budget health (for the remaining-budget hint while logging time), or null if it is gone. */
export async function loadProjectHealth(db: TandemDb, projectId: string, today: DayKey): Promise<BudgetHealth | null> {
  const data = await loadProjectBudget(db, projectId, today);
  return data ? healthOf(data, data.settings, today) : null;
}
