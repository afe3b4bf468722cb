import { db } from '../../../../src/renderer/src/db/db';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import type { TaskInput } from '../../../../src/renderer/src/domain/model/task';
import { seedProjects } from '../time/seed';

/** Acme's WEB and APP, Globex's ADS, the internal ADM; teammates Sam Lee, Samira Khan and Ben Ortiz. */
export async function seedTasksWorld() {
  const world = await seedProjects();
  const teammates = teammatesRepo(db);
  const sam = await teammates.create({ name: 'Sam Lee', role: 'Designer' });
  const samira = await teammates.create({ name: 'Samira Khan', role: 'Developer' });
  const ben = await teammates.create({ name: 'Ben Ortiz', role: 'Copywriter' });
  return { ...world, sam, samira, ben };
}

export function addTask(input: TaskInput) {
  return tasksRepo(db).create(input);
}

export async function storedTask(title: string) {
  return (await db.tasks.toArray()).find((task) => task.title === title);
}
