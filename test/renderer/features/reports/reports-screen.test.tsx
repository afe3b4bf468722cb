import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { ReportsScreen } from '../../../../src/renderer/src/features/reports/reports-screen';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';
import { pinMoment, renderApp, resetApp, restoreDoubles } from '../../../support/render-app';

// The Reports screen on Wednesday 18 March 2026 (only Date is faked): the export goes through a
// stand-in platform, so the test sees exactly what would be printed.

const platform = vi.hoisted(() => ({ exportReportPdf: vi.fn() }));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform }));

beforeEach(async () => {
  await resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0) });
  platform.exportReportPdf.mockReset();
  platform.exportReportPdf.mockResolvedValue('saved');
});
afterEach(restoreDoubles);

async function seed() {
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'USD' });
  const projects = projectsRepo(db);
  const base = { clientId: acme.id, billing: 'time_and_materials' as const, defaultRate: 10_000 };
  const web = await projects.createProject({ ...base, name: 'Website', code: 'WEB', status: 'active', budgetMinutes: 6000 });
  await projects.createProject({ ...base, name: 'App', code: 'APP', status: 'planned' });
  await projects.createProject({ clientId: globex.id, name: 'Ads', code: 'ADS', billing: 'fixed_fee', status: 'active' });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-10', minutes: 90, note: 'Home page build' });
  await tasksRepo(db).create({ title: 'Send the final copy', projectId: web.id, status: 'waiting' });
  return { acme, globex };
}

const renderReports = (params: string[] = []) => renderApp(<ReportsScreen params={params} />).user;

async function preview(): Promise<string> {
  const frame = await screen.findByTitle('Report preview');
  return frame.getAttribute('srcdoc') ?? '';
}

describe('the Reports screen', () => {
  it('starts on the first client, its active projects, the last 30 days and the locale’s paper', async () => {
    await seed();
    renderReports();
    expect(await screen.findByRole('checkbox', { name: 'Website (active)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'App (planned)' })).not.toBeChecked();
    expect(screen.getByLabelText('Client')).toHaveDisplayValue('Acme');
    expect(screen.getByLabelText('From')).toHaveValue('2026-02-17');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-18');
    expect(screen.getByLabelText('Paper')).toHaveDisplayValue(navigator.language === 'en-US' ? 'US Letter' : 'A4');
    const html = await preview();
    expect(html).toContain('<h2 id="project-WEB">Website</h2>');
    expect(html).not.toContain('project-APP');
    expect(html).toContain('Home page build');
    expect(html).toContain('Send the final copy');
    expect(screen.getByTitle('Report preview')).toHaveAttribute('sandbox', '');
    await waitFor(() => expect(document.querySelector('[data-screen="reports"]')).toHaveAttribute('data-ready', 'true'));
  });

  it('leaves profitability out unless asked, since clients must not see margins', async () => {
    await settingsRepo(db).update({ costRates: [{ from: '2026-01-01', rate: 4_000 }] });
    const { acme } = await seed();
    const web = (await db.projects.where('code').equals('WEB').first())!;
    const draft = await invoicesRepo(db).createDraft({
      clientId: acme.id,
      issueDate: '2026-03-12',
      lines: [{ description: 'Website', unit: 'hours', quantity: 90, unitPrice: 10_000, projectId: web.id }],
    });
    await invoicesRepo(db).markSent(draft.id, { now: new Date('2026-03-12T08:00:00.000Z') });
    const user = renderReports();
    const include = await screen.findByRole('checkbox', { name: /Include profitability/ });
    expect(include).not.toBeChecked();
    await waitFor(async () => expect(await preview()).toContain('Home page build'));
    expect(await preview()).not.toContain('Profitability');

    await user.click(include);
    await waitFor(async () => expect(await preview()).toContain('<h3>Profitability</h3>'));
    const html = await preview();
    // revenue 90 min × 100.00 = 150.00; cost 90 min × 40.00 = 60.00; margin 90.00 = 60 % of revenue
    expect(html).toContain('€150.00');
    expect(html).toContain('€60.00');
    expect(html).toContain('€90.00');
    expect(html).toContain('60% of revenue');
  });

  it('adds and removes projects, and asks for one when none is ticked', async () => {
    await seed();
    const user = renderReports();
    await user.click(await screen.findByRole('checkbox', { name: 'App (planned)' }));
    await waitFor(async () => expect(await preview()).toContain('project-APP'));
    await user.click(screen.getByRole('checkbox', { name: 'Website (active)' }));
    await user.click(screen.getByRole('checkbox', { name: 'App (planned)' }));
    expect(await screen.findByRole('heading', { name: 'Choose at least one project' })).toBeInTheDocument();
    expect(screen.queryByTitle('Report preview')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  });

  it('switches client, ticking the new client’s active projects', async () => {
    await seed();
    const user = renderReports();
    await screen.findByRole('checkbox', { name: 'Website (active)' });
    await user.selectOptions(screen.getByLabelText('Client'), 'Globex');
    expect(await screen.findByRole('checkbox', { name: 'Ads (active)' })).toBeChecked();
    await waitFor(async () => expect(await preview()).toContain('project-ADS'));
  });

  it('opens on the client named in the route', async () => {
    const { globex } = await seed();
    renderReports([globex.id]);
    expect(await screen.findByRole('checkbox', { name: 'Ads (active)' })).toBeChecked();
    expect(screen.getByLabelText('Client')).toHaveDisplayValue('Globex');
  });

  it('refuses a period that ends before it starts, inline, and shows no report', async () => {
    await seed();
    const user = renderReports();
    await screen.findByTitle('Report preview');
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2026-02-01');
    expect(await screen.findByText('The last day must be on or after the first day')).toBeInTheDocument();
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Fix the period to see the report' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  });

  it('exports exactly the previewed HTML with a file name and the paper, and says it is saved', async () => {
    await seed();
    const user = renderReports();
    await user.selectOptions(await screen.findByLabelText('Paper'), 'A4');
    await waitFor(async () => expect(await preview()).toContain('size: A4'));
    const html = await preview();
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(platform.exportReportPdf).toHaveBeenCalledWith({
      html,
      suggestedName: 'Status report Acme 2026-03-18.pdf',
      paper: 'a4',
    });
    expect(await screen.findByText('Report saved as a PDF')).toBeInTheDocument();
  });

  it('says nothing when the save is cancelled, and why when it fails', async () => {
    await seed();
    const user = renderReports();
    await screen.findByTitle('Report preview');
    platform.exportReportPdf.mockResolvedValueOnce('cancelled');
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled());
    expect(useToastStore.getState().toasts).toEqual([]);
    platform.exportReportPdf.mockRejectedValueOnce(new Error('The report is too large to print'));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText('The report could not be exported: The report is too large to print')).toBeInTheDocument();
  });

  // Far zones: the report is dated on the person's local day, not the UTC day.
  it.each([
    ['2026-11-05T08:00:00+14:00', 'Pacific/Kiritimati', 'Prepared Nov 5, 2026'], // UTC: Nov 4, 18:00
    ['2026-11-04T20:00:00-11:00', 'Pacific/Pago_Pago', 'Prepared Nov 4, 2026'], // UTC: Nov 5, 07:00
  ])('dates the report on the local day at %s in %s', async (instant, zone, prepared) => {
    pinMoment(instant, zone);
    await seed();
    renderReports();
    await waitFor(async () => expect(await preview()).toContain(prepared));
  });

  it('says what to do first when there are no clients', async () => {
    renderReports();
    expect(await screen.findByRole('heading', { name: 'No clients to report to yet' })).toBeInTheDocument();
    expect(within(document.body).getByRole('link', { name: 'Add a client' })).toHaveAttribute('href', '#/clients');
  });
});
