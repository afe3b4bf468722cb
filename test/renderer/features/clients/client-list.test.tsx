import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { useCommandStore } from '../../../../src/renderer/src/stores/command-store';
import { ClientsScreen } from '../../../../src/renderer/src/features/clients/clients-screen';
import { renderScreen, resetApp, screenReady } from '../../../support/render-app';
import { seedActiveWebsite } from './seed';

/** The cell of `row` under the column headed `header`. */
function cellOf(row: HTMLElement, header: string): HTMLElement {
  const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent);
  const cell = within(row).getAllByRole('cell')[headers.indexOf(header)];
  if (!cell) throw new Error(`No ${header} column`);
  return cell;
}

describe('Clients list', () => {
  it('starts with an empty state, creates a client through the dialog and opens its row with Enter', async () => {
    await resetApp();
    const { user } = renderScreen(ClientsScreen, '#/clients');
    await screenReady('clients');
    expect(screen.getByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'New client' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New client' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Acme Corp');
    await user.type(within(dialog).getByRole('textbox', { name: 'Owner' }), 'Sam');
    // Enter submits in Chromium (the e2e test presses it); user-event only looks for submit buttons inside the form.
    await user.click(within(dialog).getByRole('button', { name: 'Create client' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await screen.findByRole('row', { name: /Acme Corp/ });
    expect(within(row).getByText('Sam')).toBeInTheDocument();
    expect(within(row).getByText('EUR')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Client “Acme Corp” created');
    const [saved] = await db.clients.toArray();
    expect(saved).toMatchObject({ name: 'Acme Corp', owner: 'Sam', currency: 'EUR' });

    row.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/clients/${saved!.id}`));
  });

  it('Uninvoiced sums the time-and-materials projects’ billable work on no sent invoice, per client', async () => {
    await resetApp();
    const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
    const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'USD' });
    const web = await seedActiveWebsite(acme.id);
    await projectsRepo(db).createExpense({ projectId: web.id, day: '2026-03-03', amount: 2_550, billable: true });
    await projectsRepo(db).createExpense({ projectId: web.id, day: '2026-03-03', amount: 999, billable: false });
    const billed = await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-04', minutes: 60 });
    await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-04', minutes: 30, billable: false });
    const fixed = await projectsRepo(db).createProject({
      clientId: acme.id,
      name: 'App',
      code: 'APP',
      billing: 'fixed_fee',
      budgetAmount: 100_000,
    });
    await timeEntriesRepo(db).create({ projectId: fixed.id, day: '2026-03-04', minutes: 60 });
    const draft = await invoicesRepo(db).createDraft({
      clientId: acme.id,
      issueDate: '2026-03-31',
      lines: [
        { description: 'Website', unit: 'hours', quantity: 60, unitPrice: 12_000, timeEntryIds: [billed.id], projectId: web.id },
      ],
    });
    await invoicesRepo(db).markSent(draft.id, { now: new Date('2026-03-31T08:00:00.000Z') });
    const retainer = await projectsRepo(db).createProject({
      clientId: globex.id,
      name: 'Ads',
      code: 'ADS',
      billing: 'retainer',
      retainer: { allowanceMinutesPerMonth: 600 },
    });
    await timeEntriesRepo(db).create({ projectId: retainer.id, day: '2026-03-04', minutes: 60 });

    renderScreen(ClientsScreen, '#/clients');
    await screenReady('clients');
    // Website: 90 min × 120.00 = 18000 + the billable expense 2550 (the 60 billed minutes are on a sent
    // invoice; the 30 non-billable ones and the 9.99 expense are never billed); App bills a fee
    expect(cellOf(screen.getByRole('row', { name: /Acme/ }), 'Uninvoiced')).toHaveTextContent('€205.50');
    // a retainer bills its allowance: nothing to bill by the hour
    expect(cellOf(screen.getByRole('row', { name: /Globex/ }), 'Uninvoiced')).toHaveTextContent('—');
  });

  it('shows an inline error for an empty name and saves nothing', async () => {
    await resetApp();
    const { user } = renderScreen(ClientsScreen, '#/clients');
    await screenReady('clients');
    await user.click(screen.getAllByRole('button', { name: 'New client' })[0]!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Currency' }), 'GBP');
    await user.click(screen.getByRole('button', { name: 'Create client' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name is required');
    expect(screen.getByRole('dialog', { name: 'New client' })).toBeInTheDocument();
    expect(await db.clients.count()).toBe(0);
  });

  it('shows totals, searches name, owner and contacts, and hides archived clients until asked', async () => {
    await resetApp();
    const repo = clientsRepo(db);
    const acme = await repo.create({ name: 'Acme', currency: 'EUR', owner: 'Sam' });
    await repo.saveContact(acme.id, { name: 'Jane Roe', email: 'jane@acme.test', primary: true });
    const globex = await repo.create({ name: 'Globex', currency: 'USD', owner: 'Kim' });
    const old = await repo.create({ name: 'Initech', currency: 'EUR' });
    await repo.setArchived(old.id, true);
    await seedActiveWebsite(acme.id);

    const { user } = renderScreen(ClientsScreen, '#/clients');
    await screenReady('clients');
    const acmeRow = screen.getByRole('row', { name: /Acme/ });
    expect(within(acmeRow).getByText('1.5 h')).toBeInTheDocument();
    expect(cellOf(acmeRow, 'Spent')).toHaveTextContent('€180.00');
    // nothing of it is on a sent invoice yet
    expect(cellOf(acmeRow, 'Uninvoiced')).toHaveTextContent('€180.00');
    expect(within(acmeRow).getByText('Jane Roe')).toBeInTheDocument();
    expect(within(acmeRow).getByText('Mar 2, 2026')).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Initech/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search clients' }), 'jane');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Globex/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /Acme/ })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search clients' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search clients' }), 'kim');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Acme/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: new RegExp(globex.name) })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search clients' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const archivedRow = await screen.findByRole('row', { name: /Initech/ });
    expect(within(archivedRow).getByText('Archived')).toBeInTheDocument();
  });

  it('offers “New client” in the command palette while mounted', async () => {
    await resetApp();
    const { unmount } = renderScreen(ClientsScreen, '#/clients');
    await screenReady('clients');
    const command = useCommandStore.getState().commands['clients:new'];
    expect(command?.title).toBe('New client');
    act(() => command?.run());
    expect(await screen.findByRole('dialog', { name: 'New client' })).toBeInTheDocument();
    unmount();
    expect(useCommandStore.getState().commands['clients:new']).toBeUndefined();
  });
});
