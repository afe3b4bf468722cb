import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { ProjectsScreen } from '../../../../src/renderer/src/features/projects/projects-screen';
import { type User, renderApp, resetApp, screenReady } from '../../../support/render-app';
import { seedProjects } from './seed';

async function openDetail(projectId: string): Promise<User> {
  const { user } = renderApp(<ProjectsScreen params={[projectId]} />);
  await screenReady('project-detail');
  return user;
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

async function fillDialog(user: User, title: string, fields: Record<string, string>, submit: string) {
  const dialog = within(screen.getByRole('dialog', { name: title }));
  for (const [label, value] of Object.entries(fields)) {
    const control = dialog.getByLabelText(label);
    if (control instanceof HTMLSelectElement) await user.selectOptions(control, value);
    else {
      await user.clear(control);
      await user.type(control, value);
    }
  }
  await user.click(dialog.getByRole('button', { name: submit }));
}

const figure = (label: string) => screen.getByText(label, { selector: '.projects-figure dt' }).nextElementSibling;

describe('Project page', () => {
  beforeEach(() => resetApp());

  it('shows the header and figures and changes status, fields and archive state', async () => {
    const { web, acme } = await seedProjects();
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60, note: 'Kick-off' });
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-04', minutes: 30, note: 'Wireframes' });
    const user = await openDetail(web.id);
    expect(screen.getByRole('heading', { level: 1, name: 'Website' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', `#/clients/${acme.id}`);
    expect(figure('Budget')).toHaveTextContent('40h');
    expect(figure('Logged')).toHaveTextContent('1h 30m');
    expect(figure('Spent')).toHaveTextContent('€180.00');
    const entries = section('Recent time').getAllByRole('row').slice(1);
    expect(entries.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual(['Wireframes', 'Kick-off']);

    await user.selectOptions(screen.getByLabelText('Status'), 'On hold');
    await waitFor(async () => expect((await db.projects.get(web.id))?.status).toBe('on_hold'));

    await user.click(screen.getByRole('button', { name: 'Edit project' }));
    await fillDialog(user, 'Edit WEB', { Name: 'Website relaunch', 'Budget hours': '50' }, 'Save project');
    expect(await screen.findByRole('heading', { level: 1, name: 'Website relaunch' })).toBeInTheDocument();
    expect((await db.projects.get(web.id))?.budgetMinutes).toBe(3_000);

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });

  it('shows what is uninvoiced and what the project earned after the cost of the time', async () => {
    const { web, acme } = await seedProjects();
    // cost 40.00/h from 1 March, 60.00/h from 3 March: the rate changes between the two entries
    await settingsRepo(db).update({
      costRates: [
        { from: '2026-03-01', rate: 4_000 },
        { from: '2026-03-03', rate: 6_000 },
      ],
    });
    const billed = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 60 });
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-04', minutes: 30 });
    const draft = await invoicesRepo(db).createDraft({
      clientId: acme.id,
      issueDate: '2026-03-31',
      lines: [
        { description: 'Website', unit: 'hours', quantity: 60, unitPrice: 12_000, timeEntryIds: [billed.id], projectId: web.id },
      ],
    });
    await invoicesRepo(db).markSent(draft.id, { now: new Date('2026-03-31T08:00:00.000Z') });
    await openDetail(web.id);

    // billable 60 + 30 min at 120.00/h = 18000, of which 12000 is on the sent invoice
    expect(figure('Uninvoiced')).toHaveTextContent('€60.00');
    const profit = section('Profitability');
    const row = (label: string) => profit.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(row('Revenue')).toHaveTextContent('€120.00');
    // 60 min × 40.00 + 30 min × 60.00 = 4000 + 3000
    expect(row('Cost')).toHaveTextContent('€70.00');
    // 12000 − 7000 = 5000; 5000 / 12000 = 41.67 %; 12000 × 60 / 90 min = 8000 an hour
    expect(row('Margin')).toHaveTextContent('€50.00');
    expect(row('Margin %')).toHaveTextContent('41.67%');
    expect(row('Effective rate')).toHaveTextContent('€80.00/h');
  });

  it('a retainer is billed by allowance, and in another currency has cost but no margin', async () => {
    const { ads } = await seedProjects();
    await settingsRepo(db).update({ costRates: [{ from: '2026-01-01', rate: 5_000 }] });
    await timeEntriesRepo(db).create({ projectId: ads.id, day: '2026-03-02', minutes: 60 });
    await openDetail(ads.id);
    expect(figure('Uninvoiced')).toHaveTextContent('Billed by allowance');
    const profit = section('Profitability');
    const row = (label: string) => profit.getByText(label, { selector: 'dt' }).nextElementSibling;
    expect(row('Cost')).toHaveTextContent('€50.00');
    expect(row('Margin')).toHaveTextContent('Billed in USD; cost rates are in EUR, so there is no margin');
  });

  it('says how many entries have no cost yet, and where to set the rates', async () => {
    const { web } = await seedProjects();
    // logged before any cost rate, then a rate from 1 March: the February entry stays without a cost
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-02-27', minutes: 60 });
    await settingsRepo(db).update({ costRates: [{ from: '2026-03-01', rate: 4_000 }] });
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 30 });
    await openDetail(web.id);
    const profit = section('Profitability');
    // 30 min × 40.00 = 20.00
    const cost = profit.getByText('Cost', { selector: 'dt' }).nextElementSibling;
    expect(cost).toHaveTextContent('€20.00');
    expect(cost).toHaveTextContent('1 of its time entries has no cost yet');
    expect(profit.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '#/settings');
  });

  it('names the hat of a recent entry as every other screen does', async () => {
    const { web } = await seedProjects();
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 30, hat: 'account', note: 'Client call' });
    await openDetail(web.id);
    const [row] = section('Recent time').getAllByRole('row').slice(1);
    // The project page once said 'Account' where Today, Time and the timer say 'Account mgmt'.
    expect(within(row!).getByRole('cell', { name: 'Account mgmt' })).toBeInTheDocument();
  });

  it('adds milestones, scope items, change requests and expenses, and removes with Undo', async () => {
    const { web } = await seedProjects();
    const user = await openDetail(web.id);

    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    await fillDialog(user, 'Add milestone', { 'Milestone name': 'Launch', 'Due date': '2026-05-01' }, 'Add milestone');
    expect(await section('Milestones').findByText('Launch')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Milestone “Launch” done'));
    await waitFor(async () => expect((await db.projects.get(web.id))?.milestones[0]?.doneAt).toBeDefined());

    await user.click(screen.getByRole('button', { name: 'Add scope item' }));
    await fillDialog(user, 'Add scope item', { Title: 'Home page', Estimate: '6h' }, 'Add scope item');
    expect(await section('Scope').findByText('Home page')).toBeInTheDocument();
    expect(section('Scope').getByText('Estimate without dropped items').nextElementSibling).toHaveTextContent('6h');

    await user.click(screen.getByRole('button', { name: 'Add change request' }));
    await fillDialog(
      user,
      'Add change request',
      { Title: 'Blog', 'Estimate hours': '10h', 'Amount (EUR)': '1,200', Status: 'Approved', 'Asked on': '2026-03-02' },
      'Add change request',
    );
    const requestDialog = within(screen.getByRole('dialog', { name: 'Add change request' }));
    expect(await requestDialog.findByText('Add the day it was decided')).toBeInTheDocument();
    expect((await db.projects.get(web.id))?.changeRequests).toEqual([]);
    await fillDialog(user, 'Add change request', { 'Decided on': '2026-03-05', 'Decided by': 'Ann' }, 'Add change request');
    expect(await section('Change requests').findByText('Blog')).toBeInTheDocument();
    expect(figure('Budget')).toHaveTextContent('plus 1 approved change: 10h · €1,200.00');

    await user.click(screen.getByRole('button', { name: 'Add expense' }));
    await fillDialog(user, 'Add expense', { 'Amount (EUR)': '0' }, 'Add expense');
    expect(await screen.findByText('Amount must be more than zero')).toBeInTheDocument();
    await fillDialog(user, 'Add expense', { 'Amount (EUR)': '25.50', Note: 'Stock photos' }, 'Add expense');
    expect(await section('Expenses').findByText('Stock photos')).toBeInTheDocument();
    await waitFor(() => expect(figure('Expenses')).toHaveTextContent('€25.50'));
    expect(figure('Spent')).toHaveTextContent('€25.50');

    await user.click(screen.getByRole('button', { name: 'Remove milestone “Launch”' }));
    await waitFor(() => expect(section('Milestones').queryByText('Launch')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await section('Milestones').findByText('Launch')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove expense “Stock photos”' }));
    await waitFor(() => expect(figure('Expenses')).toHaveTextContent('€0.00'));
    expect(await db.trash.count()).toBe(1);
  });

  it('deletes the project to the trash and Undo brings it back', async () => {
    const { web } = await seedProjects();
    window.location.hash = `#/projects/${web.id}`;
    const user = await openDetail(web.id);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Project “WEB Website” moved to the trash'));
    expect(window.location.hash).toBe('#/projects');
    expect(await db.projects.get(web.id)).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.projects.get(web.id)).toBeDefined());
  });

  it('says so when the project does not exist', async () => {
    await openDetail('missing');
    expect(screen.getByRole('link', { name: 'Back to projects' })).toHaveAttribute('href', '#/projects');
  });
});
