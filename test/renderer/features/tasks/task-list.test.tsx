import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { useCommandStore } from '../../../../src/renderer/src/stores/command-store';
import { TasksScreen } from '../../../../src/renderer/src/features/tasks/tasks-screen';
import { latestToast, openScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { addTask, seedTasksWorld, storedTask } from './seed';

// Wednesday 25 March 2026 in the pinned zone.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 25, 10, 0) }));
afterEach(restoreDoubles);

const renderTasks = async (hash = '#/tasks') => (await openScreen(TasksScreen, hash, 'tasks')).user;

async function orderOf(projectId: string): Promise<string[]> {
  const tasks = await db.tasks.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
  return tasks.map((task) => task.title);
}

async function seedWebList() {
  const world = await seedTasksWorld();
  for (const title of ['Brief', 'Wireframes', 'Design', 'Build']) await addTask({ title, projectId: world.web.id });
  return world;
}

const rows = async (name: string) => within(await screen.findByRole('list', { name })).getAllByRole('listitem');

describe('Task lists', () => {
  it('lists the inbox and working projects with open counts, and says what to do in an empty inbox', async () => {
    const { web } = await seedTasksWorld();
    await addTask({ title: 'Open one', projectId: web.id });
    await addTask({ title: 'Done one', projectId: web.id, status: 'done' });
    await renderTasks();
    const nav = screen.getByRole('navigation', { name: 'Task lists' });
    expect(within(nav).getByRole('link', { name: 'Inbox 0 open' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'WEB Website 1 open' })).toHaveAttribute('href', `#/tasks/${web.id}`);
    expect(screen.getByRole('heading', { name: 'Your inbox is empty' })).toBeInTheDocument();
  });

  it('says so when the list’s project does not exist', async () => {
    await seedTasksWorld();
    await renderTasks('#/tasks/no-such-project');
    expect(screen.getByRole('heading', { name: 'This list does not exist' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the inbox' })).toHaveAttribute('href', '#/tasks/inbox');
  });

  it('changes a status inline; done offers Undo', async () => {
    const { web } = await seedWebList();
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status of Brief' }), 'Waiting on client');
    await waitFor(async () => expect((await storedTask('Brief'))?.status).toBe('waiting'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status of Design' }), 'Done');
    await waitFor(async () => expect(await storedTask('Design')).toMatchObject({ status: 'done', doneAt: '2026-03-25' }));
    expect(latestToast()).toHaveTextContent('“Design” done');
    await waitFor(() => expect(screen.queryByRole('combobox', { name: 'Status of Design' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedTask('Design'))?.status).toBe('todo'));
    expect((await storedTask('Design'))?.doneAt).toBeUndefined();
  });

  it('moves a task with Alt+arrows, keeps focus on it and announces the new place', async () => {
    const { web } = await seedWebList();
    const user = await renderTasks(`#/tasks/${web.id}`);
    const handle = await screen.findByRole('button', { name: 'Move Brief' });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect(await orderOf(web.id)).toEqual(['Wireframes', 'Brief', 'Design', 'Build']));
    expect(await screen.findByText('Moved “Brief” to position 2 of 4.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Brief' })).toHaveFocus());

    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(async () => expect(await orderOf(web.id)).toEqual(['Wireframes', 'Design', 'Brief', 'Build']));
    await waitFor(async () =>
      expect((await rows('Tasks in WEB · Website')).map((row) => row.textContent)).toEqual([
        expect.stringContaining('Wireframes'),
        expect.stringContaining('Design'),
        expect.stringContaining('Brief'),
        expect.stringContaining('Build'),
      ]),
    );

    // From the title button too, upwards, and not past the top.
    screen.getByRole('button', { name: 'Wireframes' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByText('“Wireframes” is already first.')).toBeInTheDocument();
    expect(await orderOf(web.id)).toEqual(['Wireframes', 'Design', 'Brief', 'Build']);
  });

  it('moves past tasks the filter hides', async () => {
    const { web } = await seedWebList();
    await db.tasks.filter((task) => task.title === 'Wireframes').modify({ status: 'done' });
    const user = await renderTasks(`#/tasks/${web.id}`);
    (await screen.findByRole('button', { name: 'Move Brief' })).focus();
    expect(screen.queryByRole('button', { name: 'Move Wireframes' })).not.toBeInTheDocument();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    // Brief lands after Design, the next task shown, not between the hidden Wireframes and Design.
    await waitFor(async () => expect(await orderOf(web.id)).toEqual(['Wireframes', 'Design', 'Brief', 'Build']));
  });

  it('filters by today, overdue, waiting on client and delegated, with counts', async () => {
    const { web, sam } = await seedTasksWorld();
    await addTask({ title: 'Due today', projectId: web.id, due: '2026-03-25' });
    await addTask({ title: 'Late', projectId: web.id, due: '2026-03-20' });
    await addTask({ title: 'Later', projectId: web.id, due: '2026-04-20' });
    await addTask({ title: 'Client owes copy', projectId: web.id, status: 'waiting' });
    await addTask({ title: 'For Sam', projectId: web.id, assignee: sam.id });
    await addTask({ title: 'Old and done', projectId: web.id, due: '2026-03-01', status: 'done' });
    const user = await renderTasks(`#/tasks/${web.id}`);
    const list = 'Tasks in WEB · Website';
    const titles = async () => (await rows(list)).map((row) => within(row).getAllByRole('button')[1]?.textContent);

    expect(await titles()).toEqual(['Due today', 'Late', 'Later', 'Client owes copy', 'For Sam']);
    const filters = screen.getByRole('group', { name: 'Show' });
    expect(
      within(filters)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All open 5', 'Due today 1', 'Overdue 1', 'Waiting on client 1', 'Delegated 1', 'Done 1']);
    await user.click(within(filters).getByRole('button', { name: /^Due today/ }));
    expect(await titles()).toEqual(['Due today']);
    await user.click(within(filters).getByRole('button', { name: /^Overdue/ }));
    expect(await titles()).toEqual(['Late']);
    expect(screen.getByText('Overdue, due Mar 20')).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: /^Waiting on client/ }));
    expect(await titles()).toEqual(['Client owes copy']);
    await user.click(within(filters).getByRole('button', { name: /^Delegated/ }));
    expect(await titles()).toEqual(['For Sam']);
    expect(within((await rows(list))[0] as HTMLElement).getByText('Sam Lee')).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: /^Done/ }));
    expect(await titles()).toEqual(['Old and done']);
    expect(within(filters).getByRole('button', { name: /^Done/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says when a filter shows nothing and offers all open tasks', async () => {
    const { web } = await seedWebList();
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(screen.getByRole('button', { name: /^Overdue/ }));
    expect(screen.getByRole('heading', { name: 'Nothing overdue in this list' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all open tasks' }));
    expect(await rows('Tasks in WEB · Website')).toHaveLength(4);
  });

  it('deletes to the trash with Undo', async () => {
    const { web } = await seedWebList();
    const user = await renderTasks(`#/tasks/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete Design' }));
    await waitFor(async () => expect(await storedTask('Design')).toBeUndefined());
    expect(await db.trash.count()).toBe(1);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await storedTask('Design')).toBeDefined());
    expect(await orderOf(web.id)).toEqual(['Brief', 'Wireframes', 'Design', 'Build']);
  });

  it('registers New task and Go to inbox in the palette', async () => {
    const { web } = await seedWebList();
    await renderTasks(`#/tasks/${web.id}`);
    const commands = useCommandStore.getState().commands;
    expect(commands['tasks:new']?.title).toBe('New task');
    expect(commands['tasks:inbox']?.title).toBe('Go to inbox');
    vi.useRealTimers();
    act(() => commands['tasks:new']?.run());
    await waitFor(() => expect(screen.getByLabelText('Quick add')).toHaveFocus());
    act(() => commands['tasks:inbox']?.run());
    expect(await screen.findByRole('heading', { name: 'Inbox' })).toBeInTheDocument();
  });
});

// jsdom draws 160 sortable rows slowly on a busy machine (30 s seen in the sweep beside two other suites): a bound, not a measurement.
describe('Long lists', () => {
  it('draws the first 150 tasks and offers the rest with Show more', async () => {
    await seedTasksWorld();
    await db.tasks.bulkAdd(
      Array.from({ length: 160 }, (_, index) => ({
        id: `bulk-${index}`,
        title: `Task ${index + 1}`,
        notes: '',
        projectId: null,
        hat: 'production',
        status: 'todo',
        assignee: 'me',
        order: index,
      })),
    );
    const user = await renderTasks('#/tasks/inbox');
    expect(await rows('Tasks in Inbox')).toHaveLength(150);
    await user.click(screen.getByRole('button', { name: 'Show 10 more of 10' }));
    expect(await rows('Tasks in Inbox')).toHaveLength(160);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  }, 60_000);
});
