import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../../src/renderer/src/db/repositories/settings-repo';
import { paymentSchema } from '../../../../../src/renderer/src/domain/model/payment';
import { InvoiceDocumentPanel } from '../../../../../src/renderer/src/features/invoices/document/invoice-document-panel';
import { renderApp, resetApp, restoreDoubles } from '../../../../support/render-app';
import { AGENCY, HOSTILE, PAYMENT, acmeClient, sentInvoice } from './fixtures';

// The invoice document on the invoice page: the preview is the HTML that is printed, read here as a
// page; Export PDF hands that HTML to the platform's print path (a stand-in here). The figures are
// worked by hand in ./fixtures.ts.

const platform = vi.hoisted(() => ({ exportReportPdf: vi.fn() }));
vi.mock('../../../../../src/renderer/src/platform/platform', () => ({ platform }));

beforeEach(async () => {
  await resetApp();
  platform.exportReportPdf.mockReset();
  platform.exportReportPdf.mockResolvedValue('saved');
});
afterEach(restoreDoubles);

async function seed(invoice = sentInvoice(), client = acmeClient()) {
  await settingsRepo(db).update({ ...AGENCY, logo: 'data:image/png;base64,iVBORw0KGgo=' });
  await db.clients.put(client);
  await db.invoices.put(invoice);
  await db.payments.put(paymentSchema.parse({ ...PAYMENT, date: '2026-11-10', currency: 'EUR' }));
}

/** The previewed document, parsed as the print window parses it. */
async function previewDocument(): Promise<Document> {
  const frame = await screen.findByTitle('Invoice preview');
  return new DOMParser().parseFromString(frame.getAttribute('srcdoc') ?? '', 'text/html');
}

const cells = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((cell) => cell.textContent?.trim());

describe('the invoice document', () => {
  it('shows the agency, the billing contact, every line and every total', async () => {
    await seed();
    renderApp(<InvoiceDocumentPanel invoiceId="invoice-7" />);
    const doc = await previewDocument();
    const page = within(doc.body);
    // (a parsed document has no window, so roles are read through the markup)
    expect(doc.querySelector('h1')?.textContent).toBe('Invoice');
    expect(doc.querySelector('img')?.getAttribute('alt')).toBe('Studio Nord logo');
    expect(doc.querySelector('.address')?.textContent).toBe('Hafenstraße 1\n20457 Hamburg');
    expect(doc.querySelector('.bank')?.textContent).toBe('IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX');
    expect(page.getByText('Bea Billing')).toBeTruthy();
    expect(page.getByText('accounts@acme.example')).toBeTruthy();
    expect(page.queryByText('Pat Primary')).toBeNull();
    expect(page.getByText('2026-0007')).toBeTruthy();
    expect(page.getByText('PO-4471')).toBeTruthy();
    expect(page.getByText('Thank you for your business.')).toBeTruthy();
    expect(page.getByText(/^Payment due within 30 days, by /)).toBeTruthy();

    const lines = doc.querySelector('.lines table');
    expect(lines?.querySelector('caption')?.textContent).toBe('Invoice lines');
    const rows = [...(lines?.querySelectorAll('tr') ?? [])].map((row) => cells(row, 'th, td'));
    // jsdom formats in en-US
    expect(rows).toEqual([
      ['Description', 'Quantity', 'Unit price', 'Tax', 'Amount'],
      ['Design, homepage', '12h 30m', '€90.00 / h', 'VAT 20%', '€1,125.00'],
      ['Stock photos', '3', '€49.99', 'VAT 20%', '€149.97'],
      [
        'Consulting, tax set-up',
        '1h 30m',
        '€120.00 / h',
        'Reverse charge: VAT to be accounted for by the recipient 0%',
        '€180.00',
      ],
    ]);
    expect(cells(doc, '.totals th')).toEqual([
      'Subtotal',
      'Discount 10%',
      'VAT 20% on €1,147.47',
      'Reverse charge: VAT to be accounted for by the recipient 0% on €162.00',
      'Total (EUR)',
      'Paid',
      'Balance due',
    ]);
    expect(cells(doc, '.totals td')).toEqual(['€1,454.97', '-€145.50', '€229.49', '€0.00', '€1,538.96', '-€500.00', '€1,038.96']);
  });

  it('keeps hostile text as text: no element, script or entity comes from what people typed', async () => {
    const invoice = sentInvoice({
      poNumber: HOSTILE.entities,
      notes: `${HOSTILE.note}\n${HOSTILE.longWord}`,
      lines: [
        { description: HOSTILE.description, unit: 'units', quantity: 1000, unitPrice: 100 },
        { description: HOSTILE.rtl, unit: 'units', quantity: 1000, unitPrice: 200 },
      ],
    });
    const client = acmeClient({ name: HOSTILE.client, contacts: [{ name: HOSTILE.rtl, billing: true }] });
    await seed(invoice, client);
    renderApp(<InvoiceDocumentPanel invoiceId="invoice-7" />);
    const doc = await previewDocument();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    // the one image is the logo from Settings
    expect([...doc.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual(['Studio Nord logo']);
    expect(doc.querySelectorAll('[onerror], [onload]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.title).toBe(`Invoice 2026-0007 — ${HOSTILE.client}`);
    const text = doc.body.textContent ?? '';
    for (const value of [HOSTILE.client, HOSTILE.description, HOSTILE.entities, HOSTILE.rtl, HOSTILE.note, HOSTILE.longWord]) {
      expect(text).toContain(value);
    }
    // right-to-left text keeps its own direction inside a left-to-right page
    expect(
      within(doc.body)
        .getAllByText(HOSTILE.rtl)
        .every((element) => element.closest('[dir="auto"]')),
    ).toBe(true);
    expect(doc.documentElement.getAttribute('dir')).toBeNull();
  });

  it('exports the previewed document under the invoice’s name on the chosen paper', async () => {
    await seed();
    const { user } = renderApp(<InvoiceDocumentPanel invoiceId="invoice-7" />);
    await previewDocument();
    const panel = screen.getByRole('region', { name: 'Invoice document' });
    // jsdom's language is en-US: Letter first
    expect(within(panel).getByLabelText('Paper')).toHaveValue('letter');
    await user.selectOptions(within(panel).getByLabelText('Paper'), 'A4');
    await waitFor(async () => expect((await previewDocument()).querySelector('style')?.textContent).toContain('size: A4'));
    await user.click(within(panel).getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(platform.exportReportPdf).toHaveBeenCalledTimes(1));
    const request = platform.exportReportPdf.mock.calls[0]?.[0] as { html: string; suggestedName: string; paper: string };
    expect(request.suggestedName).toBe('Invoice 2026-0007 Acme.pdf');
    expect(request.paper).toBe('a4');
    expect(request.html).toBe((await screen.findByTitle('Invoice preview')).getAttribute('srcdoc'));
    expect(await screen.findByText('Invoice saved as a PDF')).toBeInTheDocument();
  });

  it('says why when the export fails', async () => {
    await seed();
    platform.exportReportPdf.mockRejectedValueOnce(new Error('The disk is full'));
    const { user } = renderApp(<InvoiceDocumentPanel invoiceId="invoice-7" />);
    await previewDocument();
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText('The invoice could not be exported: The disk is full')).toBeInTheDocument();
    expect(platform.exportReportPdf).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'Invoice 2026-0007 Acme.pdf', paper: 'letter' }),
    );
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeEnabled();
  });

  it('says so when the invoice is gone', async () => {
    renderApp(<InvoiceDocumentPanel invoiceId="missing" />);
    expect(await screen.findByText('This invoice or its client is no longer here.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  });
});
