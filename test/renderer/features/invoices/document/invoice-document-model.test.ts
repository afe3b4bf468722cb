import { describe, expect, it } from 'vitest';
import {
  buildInvoiceDocument,
  invoiceFileName,
  termsText,
} from '../../../../../src/renderer/src/features/invoices/document/invoice-document-model';
import { toDayKey } from '../../../../../src/renderer/src/domain/time/day-key';
import { AGENCY, PAYMENT, acmeClient, sentInvoice } from './fixtures';

// The words and figures of the printed invoice (the arithmetic is worked in ./fixtures.ts), in en-GB.

const build = (invoice = sentInvoice(), payments = [PAYMENT]) =>
  buildInvoiceDocument({ invoice, client: acmeClient(), payments, settings: AGENCY, paper: 'a4', locale: 'en-GB' });

describe('the invoice document model', () => {
  it('prints every line with its quantity in hours or units, unit price, taxes and amount', () => {
    expect(build().lines).toEqual([
      { description: 'Design, homepage', quantity: '12h 30m', unitPrice: '€90.00 / h', taxes: 'VAT 20%', amount: '€1,125.00' },
      { description: 'Stock photos', quantity: '3', unitPrice: '€49.99', taxes: 'VAT 20%', amount: '€149.97' },
      {
        description: 'Consulting, tax set-up',
        quantity: '1h 30m',
        unitPrice: '€120.00 / h',
        taxes: 'Reverse charge: VAT to be accounted for by the recipient 0%',
        amount: '€180.00',
      },
    ]);
  });

  it('totals: subtotal, discount, each tax on its base, total, paid and the balance', () => {
    expect(build().totals).toEqual([
      { kind: 'subtotal', label: 'Subtotal', detail: '', value: '€1,454.97' },
      { kind: 'discount', label: 'Discount 10%', detail: '', value: '-€145.50' },
      { kind: 'tax', label: 'VAT 20%', detail: 'on €1,147.47', value: '€229.49' },
      {
        kind: 'tax',
        label: 'Reverse charge: VAT to be accounted for by the recipient 0%',
        detail: 'on €162.00',
        value: '€0.00',
      },
      { kind: 'total', label: 'Total (EUR)', detail: '', value: '€1,538.96' },
      { kind: 'paid', label: 'Paid', detail: '', value: '-€500.00' },
      { kind: 'balance', label: 'Balance due', detail: '', value: '€1,038.96' },
    ]);
  });

  it('bills the billing contact, lists the facts and the terms, and carries the agency from Settings', () => {
    const model = build();
    expect(model.billTo).toEqual({ client: 'Acme', contact: 'Bea Billing', email: 'accounts@acme.example' });
    expect(model.facts).toEqual([
      { label: 'Invoice number', value: '2026-0007' },
      { label: 'Issue date', value: '4 Nov 2026' },
      { label: 'Due date', value: '4 Dec 2026' },
      { label: 'PO number', value: 'PO-4471' },
    ]);
    // 4 November + 30 days = 4 December
    expect(model.terms).toMatch(/^Payment due within 30 days, by Friday,? 4 December 2026\.$/);
    expect(model.agency).toEqual({
      name: 'Studio Nord',
      address: 'Hafenstraße 1\n20457 Hamburg',
      logo: null,
      bankDetails: 'IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX',
    });
    expect(model.title).toBe('Invoice 2026-0007 — Acme');
    expect(model.stamp).toBeNull();
    expect(model.taxColumn).toBe(true);
  });

  it('leaves out what an invoice does not have: no discount, no payments, no taxes, no PO, no billing contact', () => {
    const invoice = sentInvoice({
      discountBasisPoints: 0,
      poNumber: '',
      lines: [{ description: 'Retainer, November', unit: 'units', quantity: 1500, unitPrice: 100_000 }],
    });
    const model = buildInvoiceDocument({
      invoice,
      client: acmeClient({ contacts: [{ name: 'Pat Primary', primary: true }] }),
      payments: [],
      settings: { ...AGENCY, logo: 'javascript:alert(1)' },
      paper: 'letter',
      locale: 'en-GB',
    });
    // 1.5 units × €1,000.00 = €1,500.00
    expect(model.lines).toEqual([
      { description: 'Retainer, November', quantity: '1.5', unitPrice: '€1,000.00', taxes: '', amount: '€1,500.00' },
    ]);
    expect(model.totals.map((row) => [row.label, row.value])).toEqual([
      ['Subtotal', '€1,500.00'],
      ['Total (EUR)', '€1,500.00'],
      ['Balance due', '€1,500.00'],
    ]);
    expect(model.taxColumn).toBe(false);
    expect(model.facts.map((fact) => fact.label)).toEqual(['Invoice number', 'Issue date', 'Due date']);
    expect(model.billTo).toEqual({ client: 'Acme', contact: null, email: null });
    expect(model.agency.logo).toBeNull();
  });

  it('says so on a draft and on a void invoice; a void one owes nothing', () => {
    const draft = build(sentInvoice({ status: 'draft', number: '', sentAt: undefined }), []);
    expect(draft.heading).toBe('Draft invoice');
    expect(draft.stamp).toBe('Draft: not sent');
    expect(draft.facts[0]).toEqual({ label: 'Invoice number', value: 'Not yet numbered' });
    expect(draft.title).toBe('Draft invoice — Acme');
    const voided = build(sentInvoice({ status: 'void' }));
    expect(voided.stamp).toBe('Void: nothing is owed on this invoice');
    expect(voided.totals.map((row) => row.kind)).toEqual(['subtotal', 'discount', 'tax', 'tax', 'total']);
  });

  it('names the terms for due on receipt and for one day', () => {
    expect(termsText(toDayKey('2026-11-04'), toDayKey('2026-11-04'), 'en-GB')).toMatch(
      /^Payment due on receipt, Wednesday,? 4 November 2026\.$/,
    );
    expect(termsText(toDayKey('2026-11-04'), toDayKey('2026-11-05'), 'en-GB')).toMatch(/^Payment due within 1 day, by /);
  });
});

describe('invoiceFileName', () => {
  it('names the PDF by number and client, a draft by client and issue date, without characters files refuse', () => {
    expect(invoiceFileName(sentInvoice(), 'Acme')).toBe('Invoice 2026-0007 Acme.pdf');
    expect(invoiceFileName(sentInvoice({ number: 'INV/26:7' }), 'Alder & Finch <Outdoor>')).toBe(
      'Invoice INV 26 7 Alder & Finch Outdoor.pdf',
    );
    expect(invoiceFileName(sentInvoice({ status: 'draft', number: '', sentAt: undefined }), 'Acme')).toBe(
      'Draft invoice Acme 2026-11-04.pdf',
    );
  });
});
