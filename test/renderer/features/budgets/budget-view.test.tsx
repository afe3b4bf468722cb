import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { BudgetsScreen } from '../../../../src/renderer/src/features/budgets/budgets-screen';
import { renderScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { seedAgency } from './seed';

// Wednesday 18 March 2026, 10:00. The table's scroll box gets a size, so its virtualiser renders rows.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0), layout: { width: 1200, height: 800 } }));
afterEach(restoreDoubles);

const stat = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' });
  const box = term.parentElement;
  if (!box) throw new Error(`no stat ${label}`);
  return within(box);
};
const status = () => within(screen.getByRole('region', { name: /^Status/ }));

describe('a project budget view', () => {
  it('shows the status with every reason, the figures and a link back to the project', async () => {
    const { web } = await seedAgency();
    renderScreen(BudgetsScreen, `#/budgets/${web.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Website' })).toBeInTheDocument();
    expect(status().getByText('Red')).toBeInTheDocument();
    expect(
      status()
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'The estimate at completion, 116h 40m, is 117% of the 100h baseline: more than 110%.',
      'At 2h a working day the budget runs out on Apr 8, 2026, before the end date, Apr 17, 2026.',
    ]);
    expect(stat('Baseline').getByText('100h')).toBeInTheDocument();
    expect(stat('Spent').getByText('70h')).toBeInTheDocument();
    expect(stat('% complete').getByText('60%')).toBeInTheDocument();
    expect(stat('Burn rate').getByText('2h / day')).toBeInTheDocument();
    expect(stat('Run-out date').getByText('Apr 8, 2026')).toBeInTheDocument();
    expect(stat('Estimate at completion').getByText('116h 40m')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open project' })).toHaveAttribute('href', `#/projects/${web.id}`);
    expect(screen.getByRole('link', { name: 'All budgets' })).toHaveAttribute('href', '#/budgets');
    expect(screen.getByRole('region', { name: 'Burn chart' })).toBeInTheDocument();
  });

  it('approving a change request asks who decided, moves the baseline at once and turns it green', async () => {
    const { web } = await seedAgency();
    const { user } = renderScreen(BudgetsScreen, `#/budgets/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Approve “Extra landing page”' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve “Extra landing page”' });
    expect(dialog).toHaveTextContent('Approving adds 20h and €2,000.00 to the budget baseline');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByText('Say who at the client decided')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Decided by'), 'Ana Ruiz');
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await waitFor(() => expect(stat('Baseline').getByText('120h')).toBeInTheDocument());
    expect(stat('Baseline').getByText('100h budget + 20h approved changes')).toBeInTheDocument();
    expect(status().getByText('Green')).toBeInTheDocument();
    expect(stat('Run-out date').getByText('Apr 22, 2026')).toBeInTheDocument();
    const stored = (await db.projects.get(web.id))?.changeRequests[0];
    expect(stored).toMatchObject({ status: 'approved', decidedBy: 'Ana Ruiz', decidedAt: '2026-03-18' });
    const requests = within(screen.getByRole('region', { name: /Change requests/ }));
    expect(requests.getByText('Yes to 1 (+20h, +€2,000.00) · no to 0 · 0 open')).toBeInTheDocument();
    expect(requests.getByText('by Ana Ruiz')).toBeInTheDocument();

    await user.click(requests.getByRole('button', { name: 'Mark communicated: “Extra landing page”' }));
    await waitFor(async () => expect((await db.projects.get(web.id))?.changeRequests[0]?.communicatedAt).toBe('2026-03-18'));
    expect(await screen.findByText('“Extra landing page” marked as communicated')).toBeInTheDocument();
  });

  it('declining keeps the baseline and records the no', async () => {
    const { web } = await seedAgency();
    const { user } = renderScreen(BudgetsScreen, `#/budgets/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Decline “Extra landing page”' }));
    const dialog = screen.getByRole('dialog', { name: 'Decline “Extra landing page”' });
    await user.type(within(dialog).getByLabelText('Decided by'), 'Ana Ruiz');
    await user.clear(within(dialog).getByLabelText('Decided on'));
    await user.type(within(dialog).getByLabelText('Decided on'), '2026-03-01');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    // it was asked on 2 March: the repository refuses an earlier decision, inline
    expect(await within(dialog).findByText('It cannot be decided before it was asked')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Decided on'));
    await user.type(within(dialog).getByLabelText('Decided on'), '2026-03-16');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Yes to 0 · no to 1 · 0 open')).toBeInTheDocument();
    expect(stat('Baseline').getByText('100h')).toBeInTheDocument();
    expect(status().getByText('Red')).toBeInTheDocument();
  });

  it('adds a change request, refusing an unreadable estimate, and estimates it later', async () => {
    const { web } = await seedAgency();
    const { user } = renderScreen(BudgetsScreen, `#/budgets/${web.id}`);
    await user.click(await screen.findByRole('button', { name: 'Add change request' }));
    let dialog = screen.getByRole('dialog', { name: 'Add change request' });
    await user.type(within(dialog).getByLabelText('Title'), 'Dark mode');
    await user.type(within(dialog).getByLabelText('Estimate hours'), 'soon');
    await user.click(within(dialog).getByRole('button', { name: 'Add change request' }));
    expect(await within(dialog).findByText('Enter a duration like 1:30, 90m, 1.5h or 1h 30m')).toBeInTheDocument();
    expect((await db.projects.get(web.id))?.changeRequests).toHaveLength(1);
    await user.clear(within(dialog).getByLabelText('Estimate hours'));
    await user.click(within(dialog).getByRole('button', { name: 'Add change request' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = (await screen.findByText('Dark mode')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Asked')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Estimate “Dark mode”' }));
    dialog = screen.getByRole('dialog', { name: 'Estimate “Dark mode”' });
    await user.click(within(dialog).getByRole('button', { name: 'Save estimate' }));
    expect(await within(dialog).findByText('Give an estimate in hours, an amount, or both')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Estimate hours'), '6h');
    await user.type(within(dialog).getByLabelText('Amount (EUR)'), '600');
    await user.click(within(dialog).getByRole('button', { name: 'Save estimate' }));
    await waitFor(() => expect(within(row).getByText('Estimated')).toBeInTheDocument());
    expect((await db.projects.get(web.id))?.changeRequests[1]).toMatchObject({
      title: 'Dark mode',
      estimateMinutes: 360,
      amount: 60_000,
      status: 'estimated',
    });
  });

  it('shows a retainer’s hours remaining this cycle, prominently', async () => {
    const { support } = await seedAgency();
    renderScreen(BudgetsScreen, `#/budgets/${support.id}`);
    const hero = within(await screen.findByRole('region', { name: 'Remaining this cycle' }));
    expect(hero.getByText('7h')).toBeInTheDocument();
    expect(hero.getByText('3h used of 10h · Mar 1 – Mar 31')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cycles' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Burn chart' })).not.toBeInTheDocument();
    expect(status().getByText('This cycle, Mar 1, 2026 – Mar 31, 2026, in hours')).toBeInTheDocument();
  });

  it('says so when the project has no budget or does not exist', async () => {
    const { internal } = await seedAgency();
    const view = renderScreen(BudgetsScreen, `#/budgets/${internal.id}`);
    expect(await screen.findByText('No budget to measure')).toBeInTheDocument();
    expect(
      status().getByText('No budget: set budget hours or an amount on the project to measure it against.'),
    ).toBeInTheDocument();
    view.unmount();
    renderScreen(BudgetsScreen, '#/budgets/nope');
    expect(await screen.findByText('This project is not here')).toBeInTheDocument();
  });
});
