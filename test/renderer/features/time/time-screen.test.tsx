import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { TimeScreen } from '../../../../src/renderer/src/features/time/time-screen';
import { openScreen, pinZone, resetApp } from '../../../support/render-app';
import { seedProjects } from './seed';

// Routes name the week, so the tests never depend on today's date; the stored instants they expect are
// written for Berlin, so they run there whatever the run's zone.
const renderAt = async (hash: string) => (await openScreen(TimeScreen, hash, 'time')).user;

const table = () => screen.findByRole('table', { name: 'Time entries by day' });

beforeEach(async () => {
  pinZone('Europe/Berlin');
  await resetApp();
});

describe('TimeScreen', () => {
  it('asks for a project first when there is none', async () => {
    await renderAt('#/time/week/2026-03-04');
    expect(screen.getByRole('heading', { name: 'Create a project first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a project' })).toHaveAttribute('href', '#/projects');
  });

  it('says how to log time when the week is empty', async () => {
    await seedProjects();
    await renderAt('#/time/week/2026-03-04');
    expect(screen.getByRole('heading', { name: 'No time logged this week' })).toBeInTheDocument();
    expect(screen.getByText(/Start timer/)).toBeInTheDocument();
  });

  it('logs 90 minutes through the dialog and shows the entry with day, week and project totals', async () => {
    await seedProjects();
    const user = await renderAt('#/time/week/2026-03-04');
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    const dialog = screen.getByRole('dialog', { name: 'Log time' });
    await user.selectOptions(within(dialog).getByLabelText('Project'), 'WEB · Website');
    await user.selectOptions(within(dialog).getByLabelText('Hat'), 'Account management');
    const date = within(dialog).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-03-04');
    await user.type(within(dialog).getByLabelText('Duration'), '90m');
    await user.type(within(dialog).getByLabelText('Note'), 'Kick-off call');
    expect(within(dialog).getByLabelText('Billable')).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Save entry' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await within(await table()).findByRole('row', { name: /Kick-off call/ });
    expect(row).toHaveTextContent('WEB');
    expect(row).toHaveTextContent('Account mgmt');
    expect(row).toHaveTextContent('1h 30m');
    expect(row).toHaveTextContent('9:00'); // no start: after the day's last entry, from the start of work
    expect(within(await table()).getByRole('row', { name: /Wednesday, March 4, 2026/ })).toHaveTextContent('Day total 1h 30m');
    expect(screen.getByRole('list', { name: 'Day totals' })).toHaveTextContent('Wed, Mar 41h 30m');
    const byProject = screen.getByRole('table', { name: 'Time per project this week' });
    expect(within(byProject).getByRole('row', { name: /WEB Website/ })).toHaveTextContent('€180.00');
    expect(screen.getByRole('status')).toHaveTextContent('Logged 1h 30m on WEB');
    const [entry] = await db.timeEntries.toArray();
    expect(entry).toMatchObject({ day: '2026-03-04', minutes: 90, hat: 'account', billable: true, note: 'Kick-off call' });
  });

  it('shows clear messages and saves nothing while the form is invalid', async () => {
    await seedProjects();
    const user = await renderAt('#/time/week/2026-03-04');
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    const dialog = screen.getByRole('dialog', { name: 'Log time' });
    await user.type(within(dialog).getByLabelText('Duration'), 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Save entry' }));
    expect(within(dialog).getByLabelText('Project')).toHaveAccessibleDescription('Choose a project');
    expect(within(dialog).getByLabelText('Duration')).toHaveAccessibleDescription(
      'Enter a duration like 1:30, 90m, 1.5h or 1h 30m',
    );

    await user.selectOptions(within(dialog).getByLabelText('Project'), 'WEB · Website');
    await user.clear(within(dialog).getByLabelText('Duration'));
    await user.type(within(dialog).getByLabelText('Start'), '11:00');
    await user.type(within(dialog).getByLabelText('End (instead of a duration)'), '10:00');
    await user.click(within(dialog).getByRole('button', { name: 'Save entry' }));
    expect(within(dialog).getByLabelText('End (instead of a duration)')).toHaveAccessibleDescription(
      'The end time must be after the start time',
    );
    expect(await db.timeEntries.count()).toBe(0);
    expect(screen.getByRole('dialog', { name: 'Log time' })).toBeInTheDocument();
  });

  it('takes an end time instead of a duration and defaults billable from the project', async () => {
    await seedProjects();
    const user = await renderAt('#/time/day/2026-03-04');
    await user.click(screen.getByRole('button', { name: 'Log time' }));
    const dialog = screen.getByRole('dialog', { name: 'Log time' });
    expect(within(dialog).getByLabelText('Date')).toHaveValue('2026-03-04'); // the shown day
    await user.selectOptions(within(dialog).getByLabelText('Project'), 'ADM · Internal');
    expect(within(dialog).getByLabelText('Billable')).not.toBeChecked();
    await user.type(within(dialog).getByLabelText('Start'), '10:00');
    await user.type(within(dialog).getByLabelText('End (instead of a duration)'), '11:15');
    await user.click(within(dialog).getByRole('button', { name: 'Save entry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [entry] = await db.timeEntries.toArray();
    expect(entry).toMatchObject({ startedAt: '2026-03-04T09:00:00.000Z', minutes: 75, billable: false });
    expect(await within(await table()).findByRole('row', { name: /ADM/ })).toHaveTextContent('Non-billable');
  });

  it('reads only the shown week and moves between weeks and days', async () => {
    const { web } = await seedProjects();
    const repo = timeEntriesRepo(db);
    await repo.create({ projectId: web.id, day: '2026-03-04', minutes: 60, note: 'This week' });
    await repo.create({ projectId: web.id, day: '2026-02-24', minutes: 30, note: 'Last week' });
    const user = await renderAt('#/time/week/2026-03-04');
    expect(screen.getByRole('heading', { level: 2, name: 'Mar 2 – Mar 8, 2026' })).toBeInTheDocument();
    expect(within(await table()).getByRole('row', { name: /This week/ })).toBeInTheDocument();
    expect(within(await table()).queryByRole('row', { name: /Last week/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    await waitFor(() => expect(window.location.hash).toBe('#/time/week/2026-02-25'));
    expect(await screen.findByRole('row', { name: /Last week/ })).toHaveTextContent('30m');
    expect(within(await table()).queryByRole('row', { name: /This week/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await user.click(screen.getByRole('button', { name: 'Day' }));
    expect(screen.getByRole('button', { name: 'Day' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Wednesday, March 4, 2026'));
    await user.click(screen.getByRole('button', { name: 'Previous day' }));
    expect(await screen.findByRole('heading', { name: 'No time logged this day' })).toBeInTheDocument();
  });

  it('edits an entry in place; Escape cancels and invalid input shows its message', async () => {
    const { web, admin } = await seedProjects();
    await timeEntriesRepo(db).create({
      projectId: web.id,
      startedAt: '2026-03-04T08:00:00.000Z',
      minutes: 60,
      note: 'Wireframes',
    });
    const user = await renderAt('#/time/week/2026-03-04');
    const row = within(await table()).getByRole('row', { name: /Wireframes/ });
    row.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Edit time entry' });
    expect(within(form).getByLabelText('Project')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit time entry' })).not.toBeInTheDocument();
    expect(within(await table()).getByRole('row', { name: /Wireframes/ })).toHaveFocus();

    await user.click(within(await table()).getByRole('row', { name: /Wireframes/ }));
    const editor = screen.getByRole('form', { name: 'Edit time entry' });
    const duration = within(editor).getByLabelText('Duration');
    expect(duration).toHaveValue('1:00');
    await user.clear(duration);
    await user.type(duration, 'soon');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    expect(duration).toHaveAccessibleDescription('Enter a duration like 1:30, 90m, 1.5h or 1h 30m');
    expect((await db.timeEntries.toArray())[0]?.minutes).toBe(60);

    await user.clear(duration);
    await user.type(duration, '1.5h');
    await user.selectOptions(within(editor).getByLabelText('Project'), 'ADM · Internal');
    await user.clear(within(editor).getByLabelText('Start'));
    await user.type(within(editor).getByLabelText('Start'), '13:30');
    await user.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit time entry' })).not.toBeInTheDocument());
    const [entry] = await db.timeEntries.toArray();
    expect(entry).toMatchObject({
      projectId: admin.id,
      minutes: 90,
      startedAt: '2026-03-04T12:30:00.000Z',
      day: '2026-03-04',
      billable: false,
    });
    expect(await within(await table()).findByRole('row', { name: /ADM/ })).toHaveTextContent('1h 30m');
  });

  it('deletes into the trash and Undo brings the entry back', async () => {
    const { web } = await seedProjects();
    await timeEntriesRepo(db).create({ projectId: web.id, startedAt: '2026-03-04T08:00:00.000Z', minutes: 45, note: 'Review' });
    const user = await renderAt('#/time/week/2026-03-04');
    await user.click(screen.getByRole('button', { name: /^Delete entry WEB/ }));
    expect(await screen.findByRole('heading', { name: 'No time logged this week' })).toBeInTheDocument();
    expect(await db.timeEntries.count()).toBe(0);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(await table()).findByRole('row', { name: /Review/ })).toHaveTextContent('45m');
    expect(await db.timeEntries.count()).toBe(1);
  });
});
