import type { Settings } from '../../domain/model/settings';
import type { TimeBlock } from '../../domain/model/time-block';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { blocksForDayRange } from './plan';
import { getSettings } from './singletons';

// What the block reminders need for one day: the setting, the day's blocks of this computer's person
// (through the 'day' index; a teammate's plan never rings on my desktop) and the names of their
// projects for the notification text.

export interface ReminderDay {
  enabled: boolean;
  blocks: TimeBlock[];
  projectNames: Map<string, string>;
}

function remindersOn(settings: Settings): boolean {
  // A settings record saved before the setting existed has no value: reminders are on by default.
  return settings.blockReminders !== false;
}

export async function reminderDay(db: TandemDb, day: DayKey): Promise<ReminderDay> {
  const settings = await getSettings(db);
  if (!remindersOn(settings)) return { enabled: false, blocks: [], projectNames: new Map() };
  const blocks = await blocksForDayRange(db, day, day, settings.devicePersonId);
  const projectIds = [...new Set(blocks.flatMap((block) => (block.projectId ? [block.projectId] : [])))];
  const projects = await db.projects.bulkGet(projectIds);
  return {
    enabled: true,
    blocks,
    projectNames: new Map(projects.flatMap((project) => (project ? [[project.id, project.name] as const] : []))),
  };
}
