import { db } from '../../../../src/renderer/src/db/db';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { timeBlocksRepo } from '../../../../src/renderer/src/db/repositories/time-blocks-repo';
import type { TimeBlockInput } from '../../../../src/renderer/src/domain/model/time-block';
import { seedProjects } from '../time/seed';

// A planned Tuesday 3 March 2026 (pinned zone Europe/Berlin) for the Today and Planner tests.
export const DAY = '2026-03-03';

export async function seedPlannedDay() {
  const world = await seedProjects();
  const blocks = timeBlocksRepo(db);
  const block = (input: Omit<TimeBlockInput, 'day'> & { day?: string }) => blocks.create({ day: DAY, ...input });
  const deep = await block({
    startMinute: 540,
    endMinute: 690,
    kind: 'deep_work',
    title: 'Write sitemap',
    projectId: world.web.id,
  });
  const call = await block({ startMinute: 720, endMinute: 780, kind: 'meeting', title: 'Client call', projectId: world.ads.id });
  const task = await tasksRepo(db).create({
    title: 'Draft proposal',
    projectId: world.web.id,
    hat: 'account',
    estimateMinutes: 45,
    due: DAY,
  });
  return { ...world, deep, call, task };
}

export const storedBlock = (id: string) => db.timeBlocks.get(id);
