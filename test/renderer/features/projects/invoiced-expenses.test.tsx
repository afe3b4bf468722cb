import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { ProjectsScreen } from '../../../../src/renderer/src/features/projects/projects-screen';
import { renderApp, resetApp, screenReady } from '../../../support/render-app';
import { seedProjects } from './seed';

// Website has two expenses: 'Fonts' (25.00) on invoice 2026-0001, sent, and 'Hosting' (12.00) on none.
async function seedInvoiced() {
  const { acme, web } = await seedProjects();
  const repo = projectsRepo(db);
  await repo.createExpense({ id: 'fonts', projectId: web.id, day: '2026-03-02', amount: 2_500, note: 'Fonts' });
  await repo.createExpense({ id: 'hosting', projectId: web.id, day: '2026-03-10', amount: 1_200, note: 'Hosting' });
  const invoices = invoicesRepo(db);
  const draft = await invoices.createFromWork({
    clientId: acme.id,
    from: toDayKey('2026-03-01'),
    to: toDayKey('2026-03-05'),
    projectIds: [web.id],
    grouping: 'project',
    issueDate: toDayKey('2026-03-06'),
  });
  await invoices.markSent(draft.id, { now: new Date('2026-03-06T09:00:00.000Z') });
  return web;
}

async function openProject(projectId: string) {
  const { user } = renderApp(<ProjectsScreen params={[projectId]} />);
  await screenReady('project-detail');
  return user;
}

const expenses = () => within(screen.getByRole('region', { name: 'Expenses' }));

beforeEach(() => resetApp());

describe('Project page: invoiced expenses', () => {
  it('marks an invoiced expense with its invoice number, and only that one', async () => {
    const web = await seedInvoiced();
    await openProject(web.id);
    const fonts = (await expenses().findByText('Fonts')).closest('tr');
    expect(fonts).not.toBeNull();
    expect(await within(fonts!).findByText('Invoiced 2026-0001')).toBeInTheDocument();
    expect(expenses().getByText('Hosting').closest('tr')).not.toHaveTextContent('Invoiced');
  });

  it('asks before deleting an invoiced expense, naming the invoice', async () => {
    const web = await seedInvoiced();
    const user = await openProject(web.id);
    await expenses().findByText('Invoiced 2026-0001');
    await user.click(screen.getByRole('button', { name: 'Remove expense “Fonts”' }));
    const ask = screen.getByRole('dialog', { name: 'Delete an invoiced expense?' });
    expect(ask).toHaveTextContent('This expense is on invoice 2026-0001. Delete it anyway?');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(await db.expenses.get('fonts')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Remove expense “Fonts”' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete an invoiced expense?' })).getByRole('button', { name: 'Delete anyway' }),
    );
    await waitFor(async () => expect(await db.expenses.get('fonts')).toBeUndefined());

    // One on no invoice goes without asking.
    await user.click(screen.getByRole('button', { name: 'Remove expense “Hosting”' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(async () => expect(await db.expenses.get('hosting')).toBeUndefined());
  });

  it('asks before saving a change to an invoiced expense; Change anyway saves it on its invoice', async () => {
    const web = await seedInvoiced();
    const user = await openProject(web.id);
    await expenses().findByText('Invoiced 2026-0001');
    await user.click(screen.getByRole('button', { name: /^Edit\s*expense “Fonts”$/ }));
    const dialog = within(screen.getByRole('dialog', { name: 'Edit expense' }));
    const note = dialog.getByLabelText('Note');
    await user.clear(note);
    await user.type(note, 'Fonts, two families');
    await user.click(dialog.getByRole('button', { name: 'Save expense' }));
    const ask = screen.getByRole('dialog', { name: 'Change an invoiced expense?' });
    expect(ask).toHaveTextContent('This expense is on invoice 2026-0001. Change it anyway?');
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect((await db.expenses.get('fonts'))?.note).toBe('Fonts');
    expect(screen.getByRole('dialog', { name: 'Edit expense' })).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Save expense' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Change an invoiced expense?' })).getByRole('button', { name: 'Change anyway' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit expense' })).not.toBeInTheDocument());
    expect(await db.expenses.get('fonts')).toMatchObject({
      note: 'Fonts, two families',
      invoiceId: expect.any(String) as unknown,
    });
  });
});
