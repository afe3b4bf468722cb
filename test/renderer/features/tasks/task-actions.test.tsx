import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timerRepo } from '../../../../src/renderer/src/db/repositories/timer-repo';
import { TasksScreen } from '../../../../src/renderer/src/features/tasks/tasks-screen';
import { latestToast, openScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { addTask, seedTasksWorld, storedTask } from './seed';

beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 25, 10, 0) }));
afterEach(restoreDoubles);

const renderTasks = async (hash = '#/tasks') => (await openScreen(TasksScreen, hash, 'tasks')).user;

describe('Starting the timer from a task', () => {
  it('starts the one timer on the task’s project, task and hat, and sets a task to do to doing', async () => {
    const { web } = await seedTasksWorld();
    const task = await addTask({ title: 'Client call', projectId: web.id, hat: 'account' });
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Start timer on Client call' }));
    await waitFor(async () => expect(await db.timer.toArray()).toHaveLength(1));
    expect((await db.timer.toArray())[0]).toMatchObject({ projectId: web.id, taskId: task.id, hat: 'account' });
    await waitFor(async () => expect((await storedTask('Client call'))?.status).toBe('doing'));
    expect(latestToast()).toHaveTextContent('Timer started on “Client call” (WEB · Website)');
    expect(await screen.findByText('Timing')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start timer on Client call' })).not.toBeInTheDocument();
  });

  it('stops a timer already running into an entry', async () => {
    const { web, app } = await seedTasksWorld();
    await timerRepo(db).start({ projectId: app.id }, new Date(2026, 2, 25, 9, 0));
    await addTask({ title: 'Build', projectId: web.id });
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Start timer on Build' }));
    await waitFor(async () => expect((await db.timer.toArray())[0]?.projectId).toBe(web.id));
    expect(await db.timeEntries.toArray()).toMatchObject([{ projectId: app.id, minutes: 60 }]);
  });

  it('asks for a project first for an inbox task, and the toast opens the list picker', async () => {
    await seedTasksWorld();
    await addTask({ title: 'Loose end', projectId: null });
    const user = await renderTasks('#/tasks/inbox');
    await user.click(await screen.findByRole('button', { name: 'Start timer on Loose end' }));
    expect(latestToast()).toHaveTextContent('“Loose end” is in the inbox: move it to a project first');
    expect(await db.timer.count()).toBe(0);
    await user.click(within(latestToast()).getByRole('button', { name: 'Choose a project' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit task' });
    await waitFor(() => expect(within(dialog).getByLabelText('List')).toHaveFocus());
  });
});

describe('Editing a task', () => {
  it('shows every message inline and saves nothing while invalid', async () => {
    const { web } = await seedTasksWorld();
    await addTask({ title: 'Sitemap', projectId: web.id, estimateMinutes: 45 });
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Sitemap' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit task' });
    expect(within(dialog).getByLabelText('Estimate')).toHaveValue('45m');
    await user.clear(within(dialog).getByLabelText('Title'));
    await user.clear(within(dialog).getByLabelText('Estimate'));
    await user.type(within(dialog).getByLabelText('Estimate'), 'soon');
    await user.click(within(dialog).getByRole('button', { name: 'Save task' }));
    expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription('Title is required');
    expect(within(dialog).getByLabelText('Estimate')).toHaveAccessibleDescription(
      'Enter a duration like 1:30, 90m, 1.5h or 1h 30m',
    );
    expect(await storedTask('Sitemap')).toMatchObject({ estimateMinutes: 45 });
  });

  it('saves every field and moves the task to another list', async () => {
    const { web, app, ben } = await seedTasksWorld();
    await addTask({ title: 'Sitemap', projectId: web.id });
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Sitemap' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit task' });
    const field = (label: string) => within(dialog).getByLabelText(label);
    await user.clear(field('Title'));
    await user.type(field('Title'), 'Sitemap v2');
    await user.type(field('Notes'), 'Include the blog');
    await user.selectOptions(field('List'), 'APP · App');
    await user.selectOptions(field('Status'), 'Waiting on client');
    await user.selectOptions(field('Hat'), 'Project management');
    await user.selectOptions(field('Who does it'), 'Ben Ortiz');
    await user.type(field('Estimate'), '1h 30m');
    await user.type(field('Due date'), '2026-04-02');
    await user.click(within(dialog).getByRole('button', { name: 'Save task' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await storedTask('Sitemap v2')).toMatchObject({
      notes: 'Include the blog',
      projectId: app.id,
      status: 'waiting',
      hat: 'project',
      assignee: ben.id,
      estimateMinutes: 90,
      due: '2026-04-02',
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Sitemap v2' })).not.toBeInTheDocument());
  });
});
