import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { TimeBlock } from '../../domain/model/time-block';
import type { ProjectDay, ProjectTotals } from '../../domain/rollup-figures';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { emptyTotals } from '../../domain/rollup-figures';
import { projectDays } from '../rollup-store';

// One project's budget view: its rollups (every day, for the burn chart and retainer cycles)
// and its time blocks from today on (planned spend), each through the project's own index.

export interface ProjectBudgetData {
  project: Project;
  client: Client | undefined;
  totals: ProjectTotals;
  /** one row per day with time or expenses, in day order */
  days: ProjectDay[];
  /** blocks on or after today */
  blocks: TimeBlock[];
  settings: Settings;
}

export async function loadProjectBudget(db: TandemDb, projectId: string, today: DayKey): Promise<ProjectBudgetData | null> {
  const project = await db.projects.get(projectId);
  if (!project) return null;
  const [client, totals, days, blocks, settings] = await Promise.all([
    db.clients.get(project.clientId),
    db.projectTotals.get(projectId),
    projectDays(db, projectId),
    db.timeBlocks.where('projectId').equals(projectId).toArray(),
    readSettings(db),
  ]);
  return {
    project,
    client,
    totals: totals ?? emptyTotals(projectId, client?.currency ?? null),
    days,
    blocks: blocks.filter((block) => block.day >= today),
    settings,
  };
}
