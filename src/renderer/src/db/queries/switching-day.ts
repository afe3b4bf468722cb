import { isShown } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { TimeBlock } from '../../domain/model/time-block';
import type { TimeEntry } from '../../domain/model/time-entry';
import type { DaySwitching } from '../../domain/switching/day-rollup';
import { sumPeopleRows } from '../../domain/switching/people';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { switchingDaysBetween } from '../rollup-store';

// One day's sequence for the timeline strip: its entries and planned blocks (both by the 'day'
// index, a few dozen rows at most), the projects and clients they name, and the day's rollup row:
// one person's, or everyone's rows summed.

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

/** `person`: one person's entries, blocks and figures; undefined: everyone's. */
export async function switchingDay(db: TandemDb, day: DayKey, person?: PersonFilter): Promise<SwitchingDayData> {
  const shown = <T extends { personId?: string | undefined }>(records: T[]) => records.filter((record) => isShown(record, person));
  const [entries, blocks, rows] = await Promise.all([
    db.timeEntries.where('day').equals(day).toArray().then(shown),
    db.timeBlocks.where('day').equals(day).toArray().then(shown),
    switchingRowsOfDay(db, day).then(shown),
  ]);
  const row = sumPeopleRows(rows)[0];
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

/** Every person's switching row of one day. */
export function switchingRowsOfDay(db: TandemDb, day: DayKey) {
  return switchingDaysBetween(db, day, day);
}
