import Dexie from 'dexie';
import type { Client } from '../../domain/model/client';
import type { Settings } from '../../domain/model/settings';
import type { TimeBlock } from '../../domain/model/time-block';
import { addDays, maxDayKey, minDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { UpdateProjectSource } from '../../domain/updates/draft-types';
import { nextWindow } from '../../domain/updates/period';
import type { DayRange } from '../../domain/updates/period';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { emptyTotals } from '../../domain/rollup-figures';
import { projectDays } from '../rollup-store';

// What a client update is drafted from, through indexed reads only: the client's projects
// (clientId), their totals (projectTotals by key), their per-day rollups over one range per
// project ([projectId+day]), their tasks ([projectId+order]) and the blocks of the next window
// (day). The day range per project covers the period, the burn window and the current retainer
// cycle (at most 31 days before today); a retainer that rolls hours over reads its whole history,
// as every earlier cycle feeds the current one.

export interface UpdateSource {
  client: Client;
  settings: Settings;
  projects: UpdateProjectSource[];
  /** blocks of the next window, of the client's projects */
  blocks: TimeBlock[];
}

export function rollupRange(period: DayRange, today: DayKey, burnWindowDays: number): DayRange {
  return { start: minDayKey(period.start, addDays(today, -Math.max(burnWindowDays - 1, 31))), end: maxDayKey(period.end, today) };
}

export async function loadUpdateSource(db: TandemDb, clientId: string, period: DayRange, today: DayKey): Promise<UpdateSource | null> {
  const client = await db.clients.get(clientId);
  if (!client) return null;
  const [settings, projects] = await Promise.all([readSettings(db), db.projects.where('clientId').equals(clientId).toArray()]);
  const range = rollupRange(period, today, settings.burnWindowDays);
  const window = nextWindow(today);
  const ids = new Set(projects.map((project) => project.id));
  const [totals, days, tasks, blocks] = await Promise.all([
    db.projectTotals.bulkGet(projects.map((project) => project.id)),
    Promise.all(
      projects.map((project) => {
        const history = project.billing === 'retainer' && project.retainer?.rollover;
        return history ? projectDays(db, project.id) : projectDays(db, project.id, range.start, range.end);
      }),
    ),
    Promise.all(
      projects.map((project) =>
        db.tasks.where('[projectId+order]').between([project.id, Dexie.minKey], [project.id, Dexie.maxKey]).toArray(),
      ),
    ),
    db.timeBlocks.where('day').between(window.start, window.end, true, true).toArray(),
  ]);
  return {
    client,
    settings,
    projects: projects.map((project, index) => ({
      project,
      totals: totals[index] ?? emptyTotals(project.id, client.currency),
      days: days[index] ?? [],
      tasks: tasks[index] ?? [],
    })),
    blocks: blocks.filter((block) => block.projectId !== undefined && ids.has(block.projectId)),
  };
}
