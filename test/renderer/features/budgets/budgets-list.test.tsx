import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { BudgetsScreen } from '../../../../src/renderer/src/features/budgets/budgets-screen';
import { renderScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { seedAgency } from './seed';

// Wednesday 18 March 2026, 10:00. The table's scroll box gets a size, so its virtualiser renders rows.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0), layout: { width: 1200, height: 800 } }));
afterEach(restoreDoubles);

const table = () => screen.getByRole('table', { name: 'Budgets of active projects' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const names = () => bodyRows().map((row) => within(row).getByRole('link').textContent);

describe('Budgets table', () => {
  it('lists every active project worst first, with its status and reasons', async () => {
    const { web } = await seedAgency();
    renderScreen(BudgetsScreen, '#/budgets');
    await waitFor(() => expect(names()).toEqual(['Website', 'Support', 'Brand book', 'Internal']));
    expect(table()).toHaveAttribute('aria-rowcount', '5');
    const [first, retainer, fixed, internal] = bodyRows();
    if (!first || !retainer || !fixed || !internal) throw new Error('rows missing');
    expect(within(first).getByText('Red')).toBeInTheDocument();
    expect(within(first).getByText('EAC 117% of baseline · Runs out Apr 8, 2026, before the end')).toBeInTheDocument();
    expect(within(first).getByText('100h')).toBeInTheDocument();
    expect(within(first).getByText('70h')).toBeInTheDocument();
    expect(within(first).getByText('116h 40m')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Website' })).toHaveAttribute('href', `#/budgets/${web.id}`);
    // the retainer is measured by this cycle: 3h of 10h
    expect(within(retainer).getByText('this cycle')).toBeInTheDocument();
    expect(within(retainer).getByText('7h')).toBeInTheDocument();
    expect(within(fixed).getByText('€5,000')).toBeInTheDocument();
    // spent €1,000; without scope the EAC is what is spent
    expect(within(fixed).getAllByText('€1,000')).toHaveLength(2);
    expect(within(internal).getByText('No budget')).toBeInTheDocument();
    expect(screen.queryByText('Old site')).not.toBeInTheDocument();
    expect(screen.getByText('4 active projects')).toBeInTheDocument();
    expect(screen.getByText('1 red')).toBeInTheDocument();
  });

  it('shows each project’s margin, or why it has none', async () => {
    // the user's cost: 60.00/h all year; set before the seed, so its entries are costed when logged
    await settingsRepo(db).update({ costRates: [{ from: '2026-01-01', rate: 6_000 }] });
    const { web } = await seedAgency();
    const draft = await invoicesRepo(db).createDraft({
      clientId: web.clientId,
      issueDate: '2026-03-01',
      lines: [{ description: 'Website', unit: 'hours', quantity: 6_000, unitPrice: 10_000, projectId: web.id }],
    });
    await invoicesRepo(db).markSent(draft.id, { now: new Date('2026-03-01T08:00:00.000Z') });
    renderScreen(BudgetsScreen, '#/budgets');
    await waitFor(() => expect(names()).toHaveLength(4));
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    const margin = (row: HTMLElement) => within(row).getAllByRole('cell')[headers.indexOf('Margin')];
    const [website, , fixed] = bodyRows();
    // Website: revenue 100h × 100.00 = 10000.00; cost 70h × 60.00 = 4200.00; margin 5800.00, 58 % of revenue
    expect(margin(website!)).toHaveTextContent('€5,800.00');
    expect(margin(website!)).toHaveTextContent('58%');
    // Brand book: a fixed fee without scope or milestones has no % complete, so no revenue yet
    expect(margin(fixed!)).toHaveTextContent('revenue unknown');
  });

  it('filters by status, billing type and client, and clears the filters', async () => {
    await seedAgency();
    const { user } = renderScreen(BudgetsScreen, '#/budgets');
    await waitFor(() => expect(names()).toHaveLength(4));
    await user.selectOptions(screen.getByLabelText('Status'), 'Green');
    expect(names()).toEqual(['Support', 'Brand book']);
    expect(screen.getByText('2 of 4 active projects')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Billing'), 'Retainer');
    expect(names()).toEqual(['Support']);
    await user.selectOptions(screen.getByLabelText('Status'), 'Red');
    expect(screen.getByText('No project matches')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Client'), 'Acme');
    expect(names()).toHaveLength(4);
  });

  it('says what to do first without active projects', async () => {
    renderScreen(BudgetsScreen, '#/budgets');
    expect(await screen.findByText('No active projects')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Projects' })).toHaveAttribute('href', '#/projects');
  });
});
