import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { updateDraftsRepo } from '../../../../src/renderer/src/db/repositories/update-drafts-repo';
import { HealthCheckScreen } from '../../../../src/renderer/src/features/health-check/health-check-screen';
import { renderApp, resetApp, screenReady } from '../../../support/render-app';

/** The screen as the app mounts it (it shows no toasts), once it has read the records. */
async function renderHealthCheck() {
  const view = renderApp(<HealthCheckScreen params={[]} />, { toaster: false });
  await screenReady('health-check');
  return view;
}

/** A client with a primary contact (no billing contact) and an active project with a budget. */
async function seed() {
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR', owner: 'Sam' });
  await clientsRepo(db).saveContact(acme.id, { name: 'Jane Roe', primary: true });
  const web = await projectsRepo(db).createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    status: 'active',
    budgetMinutes: 6000,
  });
  return { acme, web };
}

function question(name: string) {
  return screen.getByRole('article', { name });
}

describe('Health check screen', () => {
  it('says what to do first with an empty database', async () => {
    await resetApp();
    await renderHealthCheck();
    expect(screen.getByRole('heading', { level: 2, name: 'Nothing to check yet' })).toBeInTheDocument();
    expect(screen.getByText(/No active project yet/)).toBeInTheDocument();
    expect(screen.getByText(/No client has a planned, active or on-hold project yet/)).toBeInTheDocument();
    expect(screen.getByText(/Fewer than 10 hours logged/)).toBeInTheDocument();
  });

  it('answers each question per client and project, links to the evidence and follows the records live', async () => {
    await resetApp();
    const { acme, web } = await seed();
    const { user } = await renderHealthCheck();

    const am = screen.getByRole('region', { name: 'Account management' });
    // whom to ask yes; invoice, budget and value (no update), future work no; happy, rapport unknown: 1 of 6
    expect(within(am).getByText('17% covered')).toBeInTheDocument();
    const invoice = question('Does the client know who to go to when they have an issue with an invoice?');
    const gaps = within(invoice).getByRole('list', { name: 'No: Billing contact' });
    expect(within(gaps).getByText('No')).toBeInTheDocument();
    expect(within(gaps).getByText('1 billable project; none of 1 contact receives invoices.')).toBeInTheDocument();
    expect(within(gaps).getByRole('link', { name: 'Acme · client' })).toHaveAttribute('href', `#/clients/${acme.id}`);

    const onBudget = question('Is this project on budget? How do I know?');
    expect(within(onBudget).getByRole('link', { name: 'WEB Website · budget view' })).toHaveAttribute(
      'href',
      `#/budgets/${web.id}`,
    );
    expect(within(onBudget).getByText('A budget is set but nothing is logged yet: too early to tell.')).toBeInTheDocument();

    await clientsRepo(db).saveContact(acme.id, { name: 'Finn Ash', billing: true });
    await waitFor(() => expect(within(invoice).queryByRole('list', { name: 'No: Billing contact' })).not.toBeInTheDocument());
    await user.click(within(invoice).getByText('All 1 answered yes'));
    expect(within(invoice).getByText('Invoices go to Finn Ash.')).toBeVisible();

    const value = question('Does the client know where to allocate their budget, and feel confident in the value?');
    expect(within(value).getByRole('link', { name: 'Acme · updates' })).toHaveAttribute('href', `#/updates/${acme.id}`);
    const draft = await updateDraftsRepo(db).create({ clientId: acme.id, periodStart: '2026-03-09', periodEnd: '2026-03-13' });
    await updateDraftsRepo(db).markSent(draft.id);
    await waitFor(() => expect(within(value).getByText('All 1 answered yes')).toBeInTheDocument());
  });

  it('shows the recommendation and the hours per hat', async () => {
    await resetApp();
    await seed();
    await renderHealthCheck();
    const summary = screen.getByRole('region', { name: /first|Both|Covered/ });
    expect(within(summary).getByText('Recommendation')).toBeInTheDocument();
    const hats = screen.getByRole('region', { name: 'Hours per hat, last four weeks' });
    expect(within(hats).getAllByRole('row')).toHaveLength(6); // header, four weeks, total
    expect(within(hats).getByText('Not enough data')).toBeInTheDocument();
  });
});
