import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';
import { addDays, toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { InvoiceList } from '../../../../src/renderer/src/features/invoices/invoice-list';
import { renderApp, resetApp, screenReady } from '../../../support/render-app';
import { TEST_DAY, seedInvoices } from './seed';

const noop = () => undefined;

describe('Invoices list', () => {
  it('says how to start when there is no invoice', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    renderApp(<InvoiceList onNewInvoice={noop} />);
    await screenReady('invoices');
    expect(screen.getByRole('heading', { name: 'No invoices yet' })).toBeInTheDocument();
    expect(screen.getByText(/Create a draft from a client’s billable time and expenses/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export invoices CSV' })).not.toBeInTheDocument();
  });

  it('lists every invoice with where it stands, newest first, and filters by state and client', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    await seedInvoices();
    const { user } = renderApp(<InvoiceList onNewInvoice={noop} />);
    await screenReady('invoices');
    const table = screen.getByRole('table', { name: 'Invoices' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      // issue dates: 2 Nov (draft), 1 Nov, 20 Oct, 1 Sep
      expect.stringMatching(/^DraftAcme.*€1,440\.00—Draft$/),
      expect.stringMatching(/^2026-0003Globex.*\$250\.00\$250\.00Sent$/),
      expect.stringMatching(/^2026-0002Acme.*€1,000\.00€1,000\.00Sent$/),
      expect.stringMatching(/^2026-0001Acme.*€500\.00€300\.00Overdue34 days late$/),
    ]);
    expect(screen.getByText('4 invoices')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Sent');
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header + 0003 + 0002
    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Globex');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 of 4 invoices')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Paid');
    expect(screen.getByRole('heading', { name: 'No invoice matches' })).toBeInTheDocument();
  });

  it('ages the open balances with totals per currency', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    await seedInvoices();
    renderApp(<InvoiceList onNewInvoice={noop} />);
    await screenReady('invoices');
    const ageing = screen.getByRole('region', { name: 'Receivables by age' });
    const row = (name: string) => within(ageing).getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(
      within(ageing)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Age', 'Invoices', 'EUR', 'USD']);
    // current: 0002 (€1,000.00) and 0003 ($250.00); 34 days late: 0001's €500.00 − €200.00 = €300.00
    expect(row('Current')).toBe('Current2€1,000.00$250.00');
    expect(row('1–30')).toBe('1–30 days overdue0——');
    expect(row('31–60')).toBe('31–60 days overdue1€300.00—');
    expect(row('Total owed')).toBe('Total owed3€1,300.00$250.00');
  });

  it('draws the newest 100 rows first and more on request', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
    // 102 drafts, one a day back from 2026-11-04
    await db.invoices.bulkAdd(
      Array.from({ length: 102 }, (_, index) =>
        invoiceSchema.parse({
          clientId: acme.id,
          issueDate: addDays(toDayKey('2026-11-04'), -index),
          dueDate: '2026-12-31',
          currency: 'EUR',
        }),
      ),
    );
    const { user } = renderApp(<InvoiceList onNewInvoice={noop} />);
    await screenReady('invoices');
    const table = screen.getByRole('table', { name: 'Invoices' });
    expect(within(table).getAllByRole('row')).toHaveLength(101); // header + 100
    expect(screen.getByText('Showing the newest 100 of 102')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(within(table).getAllByRole('row')).toHaveLength(103);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
  });
});
