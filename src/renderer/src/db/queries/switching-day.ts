import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { DaySwitching } from '../../domain/switching/day-rollup';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';

// One day's sequence for the timeline strip: its entries and planned blocks (both by the 'day'
// index, a few dozen rows at most), the projects and clients they name, and the day's rollup row.

export interface SwitchingDayData {
  day: DayKey;
  /** in start order */
  entries: TimeEntry[];
  /** in start order */
  blocks: TimeBlock[];
  projects: Map<string, Project>;
  clients: Map<string, Client>;
  row: DaySwitching | undefined;
}

export async function switchingDay(db: TandemDb, day: DayKey): Promise<SwitchingDayData> {
  const [entries, blocks, row] = await Promise.all([
    db.timeEntries.where('day').equals(day).toArray(),
    db.timeBlocks.where('day').equals(day).toArray(),
    db.daySwitching.get(day),
  ]);
  entries.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.minutes - b.minutes || (a.id < b.id ? -1 : 1));
  blocks.sort((a, b) => a.startMinute - b.startMinute);
  const projectIds = [
    ...new Set([
      ...entries.map((entry) => entry.projectId),
      ...blocks.flatMap((block) => (block.projectId ? [block.projectId] : [])),
    ]),
  ];
  const projects = (await db.projects.bulkGet(projectIds)).filter((project): project is Project => project !== undefined);
  const clientIds = [...new Set(projects.map((project) => project.clientId))];
  const clients = (await db.clients.bulkGet(clientIds)).filter((client): client is Client => client !== undefined);
  return {
    day,
    entries,
    blocks,
    projects: new Map(projects.map((project) => [project.id, project])),
    clients: new Map(clients.map((client) => [client.id, client])),
    row,
  };
}
