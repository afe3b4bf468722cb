import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { InvoicePage } from '../../../../src/renderer/src/features/invoices/invoice-page';
import { latestToast, renderApp, resetApp, screenReady } from '../../../support/render-app';
import { TEST_DAY, seedInvoices } from './seed';

async function openInvoice(id: string) {
  const view = renderApp(<InvoicePage invoiceId={id} />);
  await screenReady('invoice');
  return view;
}

const totals = () =>
  within(screen.getByRole('table', { name: 'Totals' }))
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('Invoice page: a draft', () => {
  it('edits lines, taxes and the discount, with totals while typing, and saves them', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { draft } = await seedInvoices();
    const { user } = await openInvoice(draft.id);
    expect(screen.getByRole('heading', { level: 1, name: 'Draft invoice' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quantity, line 1' })).toHaveValue('10:00');
    expect(screen.getByRole('textbox', { name: 'Unit price, line 1' })).toHaveValue('120.00');
    // 10 h × €120.00 = €1,200.00; VAT 20 % = €240.00
    expect(totals()).toEqual(['Subtotal€1,200.00', 'VAT 20% on €1,200.00€240.00', 'Total€1,440.00']);

    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await user.type(screen.getByRole('textbox', { name: 'Quantity, line 2' }), '{Backspace}3');
    await user.type(screen.getByRole('textbox', { name: 'Unit price, line 2' }), '25.5');
    // the new line takes the default rate (VAT): untick it, a printing cost without tax
    await user.click(within(screen.getByRole('group', { name: 'Taxes, line 2' })).getByRole('checkbox', { name: 'VAT 20%' }));
    await user.clear(screen.getByRole('textbox', { name: 'Discount (%)' }));
    await user.type(screen.getByRole('textbox', { name: 'Discount (%)' }), '10');
    // 3 × €25.50 = €76.50; subtotal €1,276.50; discount 10 %: €120.00 + €7.65 = €127.65;
    // VAT on €1,200.00 − €120.00 = €1,080.00 → €216.00; total 1,276.50 − 127.65 + 216.00 = €1,364.85
    expect(totals()).toEqual(['Subtotal€1,276.50', 'Discount 10%−€127.65', 'VAT 20% on €1,080.00€216.00', 'Total€1,364.85']);
    expect(screen.getByRole('button', { name: 'Mark sent' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Describe the line')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Description, line 2' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Description, line 2' }), 'Prints');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    // saved as stored: the price reads back with its cents and nothing is left unsaved
    await waitFor(() => expect(screen.getByRole('button', { name: 'Mark sent' })).toBeEnabled());
    expect(screen.getByRole('textbox', { name: 'Unit price, line 2' })).toHaveValue('25.50');
    expect(screen.getByText('Saved')).toBeInTheDocument();
    const saved = await db.invoices.get(draft.id);
    expect(saved?.discountBasisPoints).toBe(1000);
    expect(saved?.lines.map((line) => [line.description, line.quantity, line.unitPrice, line.taxes.length])).toEqual([
      ['Design', 600, 12_000, 1],
      ['Prints', 3000, 2550, 0],
    ]);
  });

  it('marks the draft sent on a day: it takes the next number', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { draft } = await seedInvoices();
    const { user } = await openInvoice(draft.id);
    await user.click(screen.getByRole('button', { name: 'Mark sent' }));
    const dialog = screen.getByRole('dialog', { name: 'Mark sent' });
    expect(within(dialog).getByLabelText(/Sent on/)).toHaveValue('2026-11-04');
    await user.click(within(dialog).getByRole('button', { name: 'Mark sent' }));
    // three invoices were numbered in 2026 before it
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoice 2026-0004' })).toBeInTheDocument();
    expect(latestToast()).toHaveTextContent('Invoice 2026-0004 marked sent: due Dec 4, 2026');
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
  });

  it('deletes the draft through the trash, with Undo', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { draft } = await seedInvoices();
    const { user } = await openInvoice(draft.id);
    await user.click(screen.getByRole('button', { name: 'Delete draft' }));
    await waitFor(async () => expect(await db.invoices.get(draft.id)).toBeUndefined());
    expect(window.location.hash).toBe('#/invoices');
    await user.click(within(latestToast()).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.invoices.get(draft.id)).toBeDefined());
  });
});

describe('Invoice page: a sent invoice', () => {
  it('refuses an overpayment with the message, takes part payments until paid, and deletes one with Undo', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { late } = await seedInvoices();
    const { user } = await openInvoice(late.id);
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(totals()).toEqual(['Subtotal€500.00', 'Total€500.00', 'Paid€200.00', 'Balance€300.00']);

    await user.click(screen.getAllByRole('button', { name: 'Record payment' })[0] as HTMLElement);
    let dialog = screen.getByRole('dialog', { name: 'Record payment' });
    const amount = within(dialog).getByRole('textbox', { name: /Amount/ });
    expect(amount).toHaveValue('300.00');
    await user.clear(amount);
    await user.type(amount, '300.01');
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    expect(
      await within(dialog).findByText(
        'That is more than the €300.00 still owed on this invoice: a payment cannot take the balance below zero',
      ),
    ).toBeInTheDocument();
    await user.clear(amount);
    await user.type(amount, '100');
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(totals()).toContain('Balance€200.00'));

    await user.click(screen.getAllByRole('button', { name: 'Record payment' })[0] as HTMLElement);
    dialog = screen.getByRole('dialog', { name: 'Record payment' });
    await user.click(within(dialog).getByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(totals()).toContain('Balance€0.00'));
    expect(screen.getByText('Paid', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record payment' })).not.toBeInTheDocument();

    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(within(payments).getAllByRole('row')).toHaveLength(4); // header + €200.00, €100.00, €200.00
    await user.click(within(payments).getByRole('button', { name: 'Delete the payment of €100.00 on Nov 4, 2026' }));
    await waitFor(() => expect(totals()).toContain('Balance€100.00'));
    await user.click(within(latestToast()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(totals()).toContain('Balance€0.00'));
  });

  it('voids after asking: the number stays, nothing is owed', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { open } = await seedInvoices();
    const { user } = await openInvoice(open.id);
    await user.click(screen.getByRole('button', { name: 'Void' }));
    const dialog = screen.getByRole('dialog', { name: 'Void invoice 2026-0002?' });
    await user.click(within(dialog).getByRole('button', { name: 'Void invoice' }));
    await waitFor(() => expect(screen.getByText('Void', { selector: '.badge' })).toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 1, name: 'Invoice 2026-0002' })).toBeInTheDocument();
    expect(screen.getByText('A void invoice takes no payments.')).toBeInTheDocument();
  });

  it('refuses to void an invoice with payments, saying why', async () => {
    await resetApp({ frozenAt: TEST_DAY });
    const { late } = await seedInvoices();
    const { user } = await openInvoice(late.id);
    await user.click(screen.getByRole('button', { name: 'Void' }));
    const dialog = screen.getByRole('dialog', { name: 'Void invoice 2026-0001?' });
    await user.click(within(dialog).getByRole('button', { name: 'Void invoice' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Invoice 2026-0001 has a payment recorded: delete it before voiding the invoice',
    );
  });
});
