import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { ClientsScreen } from '../../../../src/renderer/src/features/clients/clients-screen';
import { renderScreen, resetApp, screenReady } from '../../../support/render-app';
import { seedActiveWebsite } from './seed';

async function seedAcme() {
  await resetApp();
  const repo = clientsRepo(db);
  const acme = await repo.create({ name: 'Acme', currency: 'EUR', owner: 'Sam', notes: 'Likes Tuesdays' });
  await repo.saveContact(acme.id, { name: 'Jane Roe', email: 'jane@acme.test', role: 'CMO', primary: true });
  return acme;
}

describe('Client page', () => {
  it('shows the header and the projects, each linking to its page', async () => {
    const acme = await seedAcme();
    const web = await seedActiveWebsite(acme.id);
    renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');
    expect(screen.getByRole('heading', { level: 1, name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByText('Billed in EUR')).toBeInTheDocument();
    expect(screen.getByText('Owned by Sam')).toBeInTheDocument();
    const projects = screen.getByRole('region', { name: 'Projects' });
    expect(within(projects).getByRole('link', { name: 'WEB Website' })).toHaveAttribute('href', `#/projects/${web.id}`);
    const row = within(projects).getByRole('row', { name: /Website/ });
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('€180.00')).toBeInTheDocument();
    expect(within(row).getByText('1.5 h')).toBeInTheDocument();
  });

  it('shows what the client earned after the cost of the time, per project, and what is uninvoiced', async () => {
    const acme = await seedAcme();
    // cost 40.00/h from 1 March, set before the time is logged
    await settingsRepo(db).update({ homeCurrency: 'EUR', costRates: [{ from: '2026-03-01', rate: 4_000 }] });
    const web = await seedActiveWebsite(acme.id);
    const app = await projectsRepo(db).createProject({
      clientId: acme.id,
      name: 'App',
      code: 'APP',
      billing: 'fixed_fee',
      budgetAmount: 100_000,
      defaultRate: 10_000,
      milestones: [
        { name: 'Design', due: '2026-03-10', doneAt: '2026-03-09' },
        { name: 'Launch', due: '2026-04-10' },
      ],
    });
    await timeEntriesRepo(db).create({ projectId: app.id, day: '2026-03-03', minutes: 60 });
    const [entry] = await db.timeEntries.where('projectId').equals(web.id).toArray();
    const draft = await invoicesRepo(db).createDraft({
      clientId: acme.id,
      issueDate: '2026-03-31',
      lines: [
        { description: 'Website', unit: 'hours', quantity: 90, unitPrice: 12_000, timeEntryIds: [entry!.id], projectId: web.id },
      ],
    });
    await invoicesRepo(db).markSent(draft.id, { now: new Date('2026-03-31T08:00:00.000Z') });
    renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');

    // the Website's 90 minutes are all on the sent invoice; App bills a fee
    expect(screen.getByText('Uninvoiced', { selector: 'dt' }).nextElementSibling).toHaveTextContent('€0.00');
    const card = within(await screen.findByRole('region', { name: 'Profitability' }));
    // revenue: Website 90 min × 120.00 = 180.00 invoiced; App fee 1000.00 × 1 of 2 milestones = 500.00 → 680.00
    // cost: 90 min × 40.00 = 60.00 + 60 min × 40.00 = 40.00 → 100.00; margin 580.00 = 85.29 % of 680.00
    // effective rate 680.00 × 60 / 150 min = 272.00 an hour
    expect(card.getByText('Margin €580.00 · 85.29%')).toBeInTheDocument();
    expect(card.getByText(/Revenue €680\.00 · cost €100\.00 · expenses €0\.00 · effective rate €272\.00\/h/)).toBeInTheDocument();
    const appRow = card.getByRole('row', { name: /APP App/ });
    // 500.00 − 40.00 = 460.00, 92 % of revenue
    expect(
      within(appRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['APP App', '€500.00', '€40.00', '€0.00', '€460.00', '92%']);
  });

  it('adds a contact, moving the primary flag, and removes one with Undo', async () => {
    const acme = await seedAcme();
    const { user } = renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');
    const contacts = screen.getByRole('region', { name: 'Contacts' });
    await user.click(within(contacts).getByRole('button', { name: 'Add contact' }));
    const dialog = screen.getByRole('dialog', { name: 'Add contact' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    expect(await within(dialog).findByText('Contact name is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Email must look like name@example.com')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Bob Lee');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Email' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'bob@acme.test');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Primary contact' }));
    expect(within(dialog).getByText('Jane Roe will no longer be the primary contact.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Receives invoices (billing)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add contact' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const items = await within(contacts).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Bob Lee.*Primary.*Billing/);
    expect(within(contacts).getAllByText('Primary')).toHaveLength(1);

    await user.click(within(contacts).getByRole('button', { name: 'Remove Jane Roe' }));
    await waitFor(() => expect(within(contacts).queryByText('Jane Roe')).not.toBeInTheDocument());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await within(contacts).findByText('Jane Roe')).toBeInTheDocument();
  });

  it('records check-ins, lists them newest first and shows the latest score', async () => {
    const acme = await seedAcme();
    await clientsRepo(db).saveCheckIn(acme.id, { date: '2026-02-01', score: 2, note: 'Late invoice' });
    const { user } = renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');
    const checkIns = screen.getByRole('region', { name: 'Check-ins' });
    await user.click(within(checkIns).getByRole('button', { name: 'Add check-in' }));
    const dialog = screen.getByRole('dialog', { name: 'Add check-in' });
    await user.click(within(dialog).getByRole('button', { name: 'Add check-in' }));
    expect(await within(dialog).findByText('Score must be a whole number from 1 to 5')).toBeInTheDocument();
    expect(await db.clients.get(acme.id)).toMatchObject({ checkIns: [expect.objectContaining({ score: 2 })] });

    await user.clear(within(dialog).getByLabelText('Date'));
    await user.type(within(dialog).getByLabelText('Date'), '2026-03-10');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Score' }), '4');
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Happy with the launch');
    await user.click(within(dialog).getByRole('button', { name: 'Add check-in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const items = await within(checkIns).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Mar 10, 2026'),
      expect.stringContaining('Feb 1, 2026'),
    ]);
    expect(within(checkIns).getByText(/^Latest/)).toHaveTextContent('Latest 4/5 · Good');
  });

  it('adds opportunities in the client currency and totals the weighted pipeline', async () => {
    const acme = await seedAcme();
    await clientsRepo(db).saveOpportunity(acme.id, {
      title: 'Retainer',
      value: 1_000_000,
      probability: 25,
      expectedMonth: '2026-06',
    });
    const { user } = renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');
    const card = screen.getByRole('region', { name: 'Opportunities' });
    await user.click(within(card).getByRole('button', { name: 'Add opportunity' }));
    const dialog = screen.getByRole('dialog', { name: 'Add opportunity' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Value (EUR)' }), '0.125');
    await user.click(within(dialog).getByRole('button', { name: 'Add opportunity' }));
    // every invalid field speaks at once; the unreadable amount too
    expect(await within(dialog).findByText('Title is required')).toBeInTheDocument();
    expect(within(dialog).getByText('Use at most 2 decimals')).toBeInTheDocument();
    expect(within(dialog).getByText('Month must be written YYYY-MM')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'App');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Value (EUR)' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Value (EUR)' }), '2,000');
    await user.type(within(dialog).getByLabelText('Expected month'), '2026-05');
    await user.click(within(dialog).getByRole('button', { name: 'Add opportunity' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    // 10,000.00 × 25 % + 2,000.00 × 50 % = 3,500.00
    const rows = within(card).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/App.*May 2026.*€2,000\.00.*50 %.*€1,000\.00/);
    expect(within(card).getByRole('row', { name: /Weighted pipeline/ })).toHaveTextContent('€3,500.00');
  });

  it('saves notes, archives, and deletes to the trash with Undo', async () => {
    const acme = await seedAcme();
    const { user } = renderScreen(ClientsScreen, `#/clients/${acme.id}`);
    await screenReady('client-detail');
    const notes = screen.getByRole('textbox', { name: 'Notes about this client' });
    expect(notes).toHaveValue('Likes Tuesdays');
    await user.type(notes, ' and short calls{Control>}{Enter}{/Control}');
    await waitFor(async () => expect((await db.clients.get(acme.id))?.notes).toBe('Likes Tuesdays and short calls'));

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    expect((await db.clients.get(acme.id))?.archived).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(window.location.hash).toBe('#/clients'));
    expect(await db.clients.get(acme.id)).toBeUndefined();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.clients.get(acme.id)).toMatchObject({ name: 'Acme', archived: true }));
  });

  it('says so when the client does not exist', async () => {
    await resetApp();
    renderScreen(ClientsScreen, '#/clients/missing');
    expect(await screen.findByRole('heading', { name: 'This client is not here' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all clients' })).toHaveAttribute('href', '#/clients');
  });
});
