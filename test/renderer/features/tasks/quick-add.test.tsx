import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { TasksScreen } from '../../../../src/renderer/src/features/tasks/tasks-screen';
import { latestToast, openScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { addTask, seedTasksWorld, storedTask } from './seed';

// Wednesday 25 March 2026, 10:00 in the pinned zone (Europe/Berlin): '!fri' is the 27th.
// Typing whole lines key by key is slow on a busy machine: these tests get more time.
vi.setConfig({ testTimeout: 15_000 });
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 25, 10, 0) }));
afterEach(restoreDoubles);

const renderTasks = async (hash = '#/tasks') => (await openScreen(TasksScreen, hash, 'tasks')).user;

const quickAdd = () => screen.getByLabelText('Quick add');

describe('Quick add', () => {
  it('creates the task from the full syntax in the named project, with every field', async () => {
    const { web, sam } = await seedTasksWorld();
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), 'Write sitemap +WEB 45m !fri #pm @sam');
    expect(
      screen.getByText(/in WEB · Website · estimate 45m · due Fri, Mar 27 · Project mgmt · for Sam Lee/),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');

    await waitFor(async () => expect(await storedTask('Write sitemap')).toBeDefined());
    expect(await storedTask('Write sitemap')).toMatchObject({
      projectId: web.id,
      estimateMinutes: 45,
      due: '2026-03-27',
      hat: 'project',
      assignee: sam.id,
      status: 'todo',
    });
    expect(quickAdd()).toHaveValue('');
    expect(latestToast()).toHaveTextContent('Added “Write sitemap” to WEB · Website');
    // It went to another list than the one shown: the toast offers the way there.
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('heading', { name: 'WEB · Website' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Write sitemap' })).toBeInTheDocument();
  });

  it('adds a task without +project to the list on screen', async () => {
    const { app } = await seedTasksWorld();
    const user = await renderTasks(`#/tasks/${app.id}`);
    await user.type(quickAdd(), 'Wireframes 2h{Enter}');
    await waitFor(async () => expect(await storedTask('Wireframes')).toMatchObject({ projectId: app.id, estimateMinutes: 120 }));
    const list = await screen.findByRole('list', { name: 'Tasks in APP · App' });
    expect(await within(list).findByRole('button', { name: 'Wireframes' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show' })).not.toBeInTheDocument();
  });

  it('shows an ambiguous project before saving, saves nothing until it is answered, then uses the pick', async () => {
    const { app } = await seedTasksWorld();
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), 'Report +a 1h');
    const question = screen.getByRole('combobox', { name: '“+a” matches 2 projects: which one?' });
    expect(
      within(question)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'ADS · Ads (Globex)', 'APP · App (Acme)', 'Keep “+a” in the title']);
    await user.click(quickAdd());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Answer the question below first');
    expect(question).toHaveFocus();
    expect(await db.tasks.count()).toBe(0);

    await user.selectOptions(question, 'APP · App (Acme)');
    expect(screen.queryByRole('combobox', { name: /which one/ })).not.toBeInTheDocument();
    expect(screen.getByText(/in APP · App · estimate 1h/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await waitFor(async () => expect(await storedTask('Report')).toMatchObject({ projectId: app.id, estimateMinutes: 60 }));
  });

  it('asks which day !12/3 means, and keeping the token puts it in the title', async () => {
    await seedTasksWorld();
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), 'Launch !12/3');
    const question = screen.getByRole('combobox', { name: '“!12/3” could be two days: which one?' });
    expect(
      within(question)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose…', 'Dec 3, 2026 (read as month/day)', 'Mar 12, 2027 (read as day/month)', 'Keep “!12/3” in the title']);
    await user.selectOptions(question, 'Keep “!12/3” in the title');
    await user.type(quickAdd(), '{Enter}');
    await waitFor(async () => expect(await storedTask('Launch !12/3')).toMatchObject({ projectId: null }));
    expect((await storedTask('Launch !12/3'))?.due).toBeUndefined();
  });

  it('asks about a teammate prefix that matches two people', async () => {
    const { samira } = await seedTasksWorld();
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), 'Brief @sa');
    await user.selectOptions(screen.getByRole('combobox', { name: '“@sa” matches 2 teammates: which one?' }), 'Samira Khan');
    await user.type(quickAdd(), '{Enter}');
    await waitFor(async () => expect(await storedTask('Brief')).toMatchObject({ assignee: samira.id }));
  });

  it('refuses a task with no title and says what is missing', async () => {
    await seedTasksWorld();
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), '{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a task first');
    await user.type(quickAdd(), '+WEB 1h{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Add a title');
    expect(quickAdd()).toHaveAttribute('aria-invalid', 'true');
    expect(await db.tasks.count()).toBe(0);
  });

  it('notes tokens it keeps in the title', async () => {
    await seedTasksWorld();
    await addTask({ title: 'Existing', projectId: null });
    const user = await renderTasks('#/tasks/inbox');
    await user.type(quickAdd(), 'Fix #urgent');
    expect(screen.getByText(/“#urgent” is not a hat/)).toBeInTheDocument();
    expect(screen.getByText('“Fix #urgent”')).toBeInTheDocument();
  });
});
