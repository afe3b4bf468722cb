import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { updateDraftsRepo } from '../../../../src/renderer/src/db/repositories/update-drafts-repo';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { UpdatesScreen } from '../../../../src/renderer/src/features/updates/updates-screen';
import { renderScreen, resetApp, restoreDoubles, screenReady } from '../../../support/render-app';
import { seedAcme } from './seed';

// Wednesday 18 March 2026, 10:00: the default period is 12 – 18 March.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0) }));
afterEach(restoreDoubles);

const ready = () => screenReady('updates');
const editor = () => screen.getByLabelText<HTMLTextAreaElement>('Markdown');
const preview = () => screen.getByRole('region', { name: 'Preview' });

describe('Updates screen', () => {
  it('says to add a client first when there is none', async () => {
    renderScreen(UpdatesScreen, '#/updates');
    await ready();
    expect(screen.getByRole('heading', { name: 'No clients yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Clients' })).toHaveAttribute('href', '#/clients');
  });

  it('opens the first client by name and says how to write its first update', async () => {
    await seedAcme();
    renderScreen(UpdatesScreen, '#/updates');
    await ready();
    expect(screen.getByLabelText('Client')).toHaveDisplayValue('Acme');
    expect(screen.getByRole('heading', { name: 'No updates for Acme yet' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-12');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-18');
  });

  it('generates a draft for the period from the data and opens it', async () => {
    const { acme } = await seedAcme();
    const { user } = renderScreen(UpdatesScreen, '#/updates');
    await ready();
    await user.click(screen.getByRole('button', { name: 'Generate draft' }));
    await waitFor(() => expect(editor().value).toContain('# Update for Acme: Mar 12 – Mar 18, 2026\n'));
    const body = editor().value;
    expect(body).toContain('### Website\n\n- Home page build (Mar 18)');
    expect(body).toContain('- This period: 3h (€300.00)');
    expect(body).toContain('- Budget hours: 3h of 100h used, 97h remaining');
    expect(body).toContain('- Website: we are waiting on you for “Send logo files”');
    expect(body).toContain('- Website: change request “Extra landing page”, estimated at 20h, €2,000.00; do you approve it?');
    for (const section of ['Done', 'Next', 'Hours and budget', 'Risks', 'Decisions needed from you']) {
      expect(within(preview()).getByRole('heading', { name: section })).toBeInTheDocument();
    }
    const [saved] = await db.updateDrafts.where('clientId').equals(acme.id).toArray();
    expect(saved).toMatchObject({ periodStart: '2026-03-12', periodEnd: '2026-03-18', status: 'draft', body });
    expect(window.location.hash).toBe(`#/updates/${acme.id}/${saved?.id}`);
    const list = screen.getByRole('navigation', { name: 'Updates for Acme' });
    expect(within(list).getByRole('link', { name: /Mar 12 – Mar 18, 2026/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/Draft generated/)).toBeInTheDocument();
  });

  it('refuses a period that ends before it starts, and saves nothing', async () => {
    await seedAcme();
    const { user } = renderScreen(UpdatesScreen, '#/updates');
    await ready();
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Generate draft' }));
    expect(await screen.findByText('The period must end on or after its first day')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.updateDrafts.count()).toBe(0);
  });

  it('switches client from the picker', async () => {
    const { globex } = await seedAcme();
    const { user } = renderScreen(UpdatesScreen, '#/updates');
    await ready();
    await user.selectOptions(screen.getByLabelText('Client'), 'Globex');
    await waitFor(() => expect(window.location.hash).toBe(`#/updates/${globex.id}`));
    expect(await screen.findByRole('heading', { name: 'No updates for Globex yet' })).toBeInTheDocument();
  });

  it('lists a client’s drafts newest period first with their status', async () => {
    const { acme } = await seedAcme();
    const drafts = updateDraftsRepo(db);
    await drafts.create({
      clientId: acme.id,
      periodStart: '2026-03-02',
      periodEnd: '2026-03-06',
      body: '# Older',
      status: 'sent',
      sentAt: new Date(2026, 2, 6, 16).toISOString(),
    });
    await drafts.create({ clientId: acme.id, periodStart: '2026-03-09', periodEnd: '2026-03-13', body: '# Newer' });
    renderScreen(UpdatesScreen, '#/updates');
    await ready();
    const links = within(screen.getByRole('navigation', { name: 'Updates for Acme' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Mar 9 – Mar 13, 2026Draft', 'Mar 2 – Mar 6, 2026Sent Mar 6, 2026']);
    // the newest opens first
    expect(editor()).toHaveValue('# Newer');
    expect(within(preview()).getByRole('heading', { name: 'Newer' })).toBeInTheDocument();
  });

  it('says so when an update in the address is gone', async () => {
    const { acme } = await seedAcme();
    renderScreen(UpdatesScreen, `#/updates/${acme.id}/missing`);
    await ready();
    expect(screen.getByRole('heading', { name: 'This update is not here any more' })).toBeInTheDocument();
  });

  it('archived or missing clients are not offered', async () => {
    const { globex } = await seedAcme();
    await clientsRepo(db).update(globex.id, { archived: true });
    renderScreen(UpdatesScreen, `#/updates/${globex.id}`);
    await ready();
    expect(screen.getByRole('heading', { name: 'This client is not here any more' })).toBeInTheDocument();
  });
});
