import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { TimeScreen } from '../../../../src/renderer/src/features/time/time-screen';
import { openScreen, pinZone, resetApp } from '../../../support/render-app';
import { seedProjects } from './seed';

// One entry billed by invoice 2026-0001 (sent), one on no invoice, in the week of 2 March 2026.
async function seedInvoiced() {
  const { acme, web } = await seedProjects();
  const entries = timeEntriesRepo(db);
  await entries.create({ id: 'billed', projectId: web.id, startedAt: '2026-03-04T08:00:00.000Z', minutes: 45, note: 'Review' });
  await entries.create({ id: 'open', projectId: web.id, startedAt: '2026-03-05T08:00:00.000Z', minutes: 30, note: 'Fixes' });
  const invoices = invoicesRepo(db);
  const draft = await invoices.createFromWork({
    clientId: acme.id,
    from: toDayKey('2026-03-04'),
    to: toDayKey('2026-03-04'),
    projectIds: [web.id],
    grouping: 'entry',
    issueDate: toDayKey('2026-03-06'),
  });
  await invoices.markSent(draft.id, { now: new Date('2026-03-06T09:00:00.000Z') });
}

const renderWeek = async () => (await openScreen(TimeScreen, '#/time/week/2026-03-04', 'time')).user;
const table = () => screen.findByRole('table', { name: 'Time entries by day' });

beforeEach(async () => {
  pinZone('Europe/Berlin');
  await resetApp();
});

describe('Time screen: invoiced entries', () => {
  it('marks an invoiced entry with its invoice number, and only that one', async () => {
    await seedInvoiced();
    await renderWeek();
    const billed = await within(await table()).findByRole('row', { name: /Review/ });
    expect(await within(billed).findByText('Invoiced 2026-0001')).toBeInTheDocument();
    expect(within(await table()).getByRole('row', { name: /Fixes/ })).not.toHaveTextContent('Invoiced');
  });

  it('asks before deleting an invoiced entry, naming the invoice; Cancel keeps it, Delete anyway moves it to the trash', async () => {
    await seedInvoiced();
    const user = await renderWeek();
    await within(await table()).findByText('Invoiced 2026-0001');
    await user.click(screen.getByRole('button', { name: 'Delete entry WEB 9:00 AM – 9:45 AM' }));
    const ask = screen.getByRole('dialog', { name: 'Delete an invoiced entry?' });
    expect(ask).toHaveTextContent('This entry is on invoice 2026-0001. Delete it anyway?');
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.timeEntries.get('billed')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete entry WEB 9:00 AM – 9:45 AM' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete an invoiced entry?' })).getByRole('button', { name: 'Delete anyway' }),
    );
    await waitFor(async () => expect(await db.timeEntries.get('billed')).toBeUndefined());
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('deletes an entry on no invoice without asking', async () => {
    await seedInvoiced();
    const user = await renderWeek();
    await user.click(await screen.findByRole('button', { name: 'Delete entry WEB 9:00 AM – 9:30 AM' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(async () => expect(await db.timeEntries.get('open')).toBeUndefined());
  });

  it('asks before saving a change to an invoiced entry; only Change anyway saves it, and it stays invoiced', async () => {
    await seedInvoiced();
    const user = await renderWeek();
    await within(await table()).findByText('Invoiced 2026-0001');
    await user.click(screen.getByRole('button', { name: 'Edit entry WEB 9:00 AM – 9:45 AM' }));
    const form = screen.getByRole('form', { name: 'Edit time entry' });
    const note = within(form).getByLabelText('Note');
    await user.clear(note);
    await user.type(note, 'Review and notes');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const ask = screen.getByRole('dialog', { name: 'Change an invoiced entry?' });
    expect(ask).toHaveTextContent('This entry is on invoice 2026-0001. Change it anyway?');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect((await db.timeEntries.get('billed'))?.note).toBe('Review');
    expect(screen.getByRole('form', { name: 'Edit time entry' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Change an invoiced entry?' })).getByRole('button', { name: 'Change anyway' }),
    );
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit time entry' })).not.toBeInTheDocument());
    expect(await db.timeEntries.get('billed')).toMatchObject({
      note: 'Review and notes',
      invoiceId: expect.any(String) as unknown,
    });
    expect(await within(await table()).findByRole('row', { name: /Review and notes/ })).toHaveTextContent('Invoiced 2026-0001');
  });
});
