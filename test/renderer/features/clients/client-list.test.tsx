import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { useCommandStore } from '../../../../src/renderer/src/stores/command-store';
import { ClientsScreen } from '../../../../src/renderer/src/features/clients/clients-screen';
import { renderScreen, resetApp, screenReady } from '../../../support/render-app';
import { seedActiveWebsite } from './seed';

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
    expect(within(acmeRow).getByText('€180.00')).toBeInTheDocument();
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
