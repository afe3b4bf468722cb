import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { dayKeyOf } from '../../../../src/renderer/src/domain/time/day-key';
import { updateDraftsRepo } from '../../../../src/renderer/src/db/repositories/update-drafts-repo';
import { ClientsScreen } from '../../../../src/renderer/src/features/clients/clients-screen';
import { renderScreen, resetApp } from '../../../support/render-app';
import { seedActiveWebsite } from './seed';

describe('Clients list health column', () => {
  it('shows each client’s weakest signal with its reason, and follows the records', async () => {
    await resetApp();
    const repo = clientsRepo(db);
    const acme = await repo.create({ name: 'Acme', currency: 'EUR', owner: 'Sam' });
    await seedActiveWebsite(acme.id);
    await repo.create({ name: 'Globex', currency: 'USD' });

    renderScreen(ClientsScreen, '#/clients');
    const acmeRow = await screen.findByRole('row', { name: /Acme/ });
    expect(screen.getByRole('columnheader', { name: 'Health' })).toBeInTheDocument();
    // the Health column fills in just after the list (read on its own)
    expect(await within(acmeRow).findByText('At risk')).toBeInTheDocument();
    expect(within(acmeRow).getByText('No update sent yet')).toBeInTheDocument();
    const globexRow = screen.getByRole('row', { name: /Globex/ });
    expect(within(globexRow).getByText('No signal')).toBeInTheDocument();

    const draft = await updateDraftsRepo(db).create({ clientId: acme.id, periodStart: '2026-03-02', periodEnd: '2026-03-06' });
    await updateDraftsRepo(db).markSent(draft.id);
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Acme/ })).getByText('Healthy')).toBeInTheDocument());
    expect(within(screen.getByRole('row', { name: /Acme/ })).getByText('Last update sent today')).toBeInTheDocument();

    await repo.saveCheckIn(acme.id, { date: dayKeyOf(new Date()), score: 3 });
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Acme/ })).getByText('Watch')).toBeInTheDocument());
  });
});
