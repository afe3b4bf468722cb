import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import type { Project } from '../../../../src/renderer/src/domain/model/project';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { InvoicesScreen } from '../../../../src/renderer/src/features/invoices/invoices-screen';
import { openScreen, resetApp, screenReady } from '../../../support/render-app';
import { TEST_DAY } from './seed';

// Acme (EUR): Website (time and materials, €120.00/h) with 90 min on 2026-10-12 (€180.00) and 60 min
// on 2026-10-20 (€120.00), billable, so €300.00 uninvoiced from 12 Oct; Brand (fixed fee €5,000.00).
async function seedAcme() {
  await resetApp({ frozenAt: TEST_DAY });
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const projects = projectsRepo(db);
  const web = await projects.createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    defaultRate: 12_000,
    status: 'active',
  });
  await projects.createProject({
    clientId: acme.id,
    name: 'Brand',
    code: 'BRD',
    billing: 'fixed_fee',
    budgetAmount: 500_000,
    status: 'active',
  });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-10-12', minutes: 90 });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-10-20', minutes: 60 });
  return acme;
}

/** The Invoices screen with New invoice open; `chooseAcme` picks Acme as the client once it is listed. */
async function openNewInvoice() {
  const { user } = await openScreen(InvoicesScreen, '#/invoices', 'invoices');
  await user.click(screen.getAllByRole('button', { name: 'New invoice' })[0] as HTMLElement);
  const dialog = screen.getByRole('dialog', { name: 'New invoice' });
  const chooseAcme = async () => {
    await within(dialog).findByRole('option', { name: 'Acme' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Client' }), 'Acme');
  };
  return { user, dialog, chooseAcme };
}

describe('New invoice dialog', () => {
  it('offers the client’s projects and the period from its earliest uninvoiced day, and creates the draft', async () => {
    await seedAcme();
    const { user, dialog, chooseAcme } = await openNewInvoice();
    await chooseAcme();
    const projects = await within(dialog).findByRole('group', { name: 'Projects' });
    expect(within(projects).getByRole('checkbox', { name: 'Website (WEB)' })).toBeChecked();
    expect(within(projects).getByText('€300.00 uninvoiced')).toBeInTheDocument(); // 180.00 + 120.00
    expect(within(projects).getByRole('checkbox', { name: 'Brand (BRD)' })).not.toBeChecked();
    await waitFor(() => expect(within(dialog).getByLabelText('From')).toHaveValue('2026-10-12'));
    expect(within(dialog).getByLabelText('To')).toHaveValue('2026-11-04');

    // a fixed fee asks what to bill once ticked
    await user.click(within(projects).getByRole('checkbox', { name: 'Brand (BRD)' }));
    await user.selectOptions(within(projects).getByRole('combobox', { name: 'Bill for Brand' }), 'A percentage of the fee');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect(await within(dialog).findByText('Enter a percentage, for example 20')).toBeInTheDocument();
    await user.type(within(projects).getByRole('textbox', { name: 'Percentage of the fee' }), '10');

    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    await screenReady('invoice');
    expect(screen.getByRole('heading', { level: 1, name: 'Draft invoice' })).toBeInTheDocument();
    // Website €300.00 of time + 10 % of €5,000.00 = €500.00 → €800.00, no tax rate in Settings
    expect(within(screen.getByRole('table', { name: 'Totals' })).getByRole('row', { name: /^Total/ })).toHaveTextContent(
      '€800.00',
    );
    expect(screen.getByRole('button', { name: 'Regenerate from time' })).toBeInTheDocument();
  });

  it('says clearly what is wrong: no client, days the wrong way round, nothing to bill', async () => {
    await seedAcme();
    const { user, dialog, chooseAcme } = await openNewInvoice();
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect(await within(dialog).findByText('Choose the client to invoice')).toBeInTheDocument();

    await chooseAcme();
    await waitFor(() => expect(within(dialog).getByLabelText('From')).toHaveValue('2026-10-12'));
    await user.clear(within(dialog).getByLabelText('To'));
    await user.type(within(dialog).getByLabelText('To'), '2026-10-01');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect(await within(dialog).findByText('The last day must be on or after the first')).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('From'));
    await user.type(within(dialog).getByLabelText('From'), '2026-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Create draft' }));
    expect(await within(dialog).findByText(/^Nothing to bill for Acme from/)).toHaveAttribute('role', 'alert');
    expect(within(dialog).queryByText('The last day must be on or after the first')).not.toBeInTheDocument();
  });

  it('shows a milestone already on a sent invoice as billed, and does not let it be chosen', async () => {
    const acme = await seedAcme();
    const brand = (await db.projects.where('code').equals('BRD').first()) as Project;
    await projectsRepo(db).updateProject(brand.id, {
      milestones: [
        { id: 'm1', name: 'Concepts', due: toDayKey('2026-10-15') },
        { id: 'm2', name: 'Guidelines', due: toDayKey('2026-11-15') },
      ],
    });
    const repo = invoicesRepo(db);
    const sent = await repo.createFromWork({
      clientId: acme.id,
      projectIds: [brand.id],
      from: toDayKey('2026-10-01'),
      to: toDayKey('2026-10-31'),
      grouping: 'project',
      fixedFee: { [brand.id]: { kind: 'milestone', milestoneId: 'm1' } },
      issueDate: toDayKey('2026-11-04'),
    });
    await repo.markSent(sent.id);

    const { user, dialog, chooseAcme } = await openNewInvoice();
    await chooseAcme();
    const projects = await within(dialog).findByRole('group', { name: 'Projects' });
    await user.click(within(projects).getByRole('checkbox', { name: 'Brand (BRD)' }));
    const bill = within(projects).getByRole('combobox', { name: 'Bill for Brand' });
    // €5,000.00 / 2 = €2,500.00 each
    expect(within(bill).getByRole('option', { name: 'Milestone “Concepts” (€2,500.00), on a sent invoice' })).toBeDisabled();
    expect(within(bill).getByRole('option', { name: 'Milestone “Guidelines” (€2,500.00)' })).toBeEnabled();
  });
});
