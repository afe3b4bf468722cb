import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { Toaster } from '../../../../src/renderer/src/components/ui/toaster';
import { db } from '../../../../src/renderer/src/db/db';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import type { TaskInput } from '../../../../src/renderer/src/domain/model/task';
import { TasksScreen } from '../../../../src/renderer/src/features/tasks/tasks-screen';
import { useTaskFilter } from '../../../../src/renderer/src/features/tasks/use-task-filter';
import { useLocation } from '../../../../src/renderer/src/stores/router';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';
import { resetDb, seedProjects } from '../time/seed';

function Harness() {
  const location = useLocation();
  return (
    <>
      <TasksScreen params={location.params} />
      <Toaster />
    </>
  );
}

export async function renderTasks(hash = '#/tasks') {
  window.location.hash = hash;
  const user = userEvent.setup();
  render(<Harness />);
  await waitFor(() => expect(document.querySelector('[data-screen="tasks"]')).toHaveAttribute('data-ready', 'true'));
  return user;
}

export async function resetTasksWorld() {
  useToastStore.setState({ toasts: [] });
  useTaskFilter.setState({ filter: 'open' });
  await resetDb();
}

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

/** The latest toast (dnd-kit keeps a status region of its own, so the toaster is searched alone). */
export function toast(): HTMLElement {
  const toasts = within(screen.getByRole('region', { name: 'Notifications' })).getAllByRole('status');
  const last = toasts[toasts.length - 1];
  if (!last) throw new Error('No toast');
  return last;
}
