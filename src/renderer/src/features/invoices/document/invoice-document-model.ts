import { fileNamePart } from '../../../domain/format/file-name';
import { formatDay } from '../../../domain/format/format-day';
import { formatMinutes } from '../../../domain/format/format-duration';
import { formatMoney } from '../../../domain/format/format-money';
import { formatBasisPoints } from '../../../domain/format/format-percent';
import { numberFormat } from '../../../domain/format/formatter-cache';
import { paidAmount } from '../../../domain/invoices/status';
import { invoiceTotals } from '../../../domain/invoices/totals';
import type { Client } from '../../../domain/model/client';
import { QUANTITY_STEPS } from '../../../domain/model/invoice';
import type { Invoice, InvoiceLine, LineTax } from '../../../domain/model/invoice';
import type { Payment } from '../../../domain/model/payment';
import type { Settings } from '../../../domain/model/settings';
import { safeLogoUrl } from '../../../domain/report/escape-html';
import type { ReportPaper } from '../../../domain/report/report-types';
import { daysBetween } from '../../../domain/time/day-key';
import type { DayKey } from '../../../domain/time/day-key';
import { toCurrencyCode, toMinor } from '../../../domain/units/money';

// What the printed invoice says, as text: every figure formatted, every word chosen. The money is
// the invoice's own arithmetic (invoiceTotals: lines rounded once, tax per rate on its lines' sum),
// never summed again here. Pure, so the document and its tests read the same words.

export interface InvoiceDocumentInput {
  invoice: Invoice;
  client: Pick<Client, 'name' | 'contacts'>;
  payments: readonly Pick<Payment, 'invoiceId' | 'amount'>[];
  settings: Pick<Settings, 'agencyName' | 'agencyAddress' | 'bankDetails' | 'logo'>;
  paper: ReportPaper;
  locale?: string | undefined;
}

export interface DocumentLine {
  description: string;
  quantity: string;
  unitPrice: string;
  /** the line's taxes, e.g. 'VAT 20%'; '' without */
  taxes: string;
  amount: string;
}

export type TotalKind = 'subtotal' | 'discount' | 'tax' | 'total' | 'paid' | 'balance';

export interface DocumentTotal {
  kind: TotalKind;
  label: string;
  /** what a tax is computed on: 'on €1,000.00' */
  detail: string;
  value: string;
}

export interface InvoiceDocumentModel {
  lang: string;
  paper: ReportPaper;
  /** the document's title: Chromium prints it in the page footer */
  title: string;
  /** 'Invoice', or what it is when it is not one to pay */
  heading: string;
  /** a draft or void invoice says so across its head */
  stamp: string | null;
  agency: { name: string; address: string; logo: string | null; bankDetails: string };
  billTo: { client: string; contact: string | null; email: string | null };
  facts: { label: string; value: string }[];
  lines: DocumentLine[];
  /** whether any line has a tax (the column is left out otherwise) */
  taxColumn: boolean;
  totals: DocumentTotal[];
  terms: string;
  notes: string;
}

function quantityText(line: Pick<InvoiceLine, 'unit' | 'quantity'>, locale: string | undefined): string {
  if (line.unit === 'hours') return formatMinutes(line.quantity);
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(line.quantity / QUANTITY_STEPS.units);
}

function taxLabel(tax: Pick<LineTax, 'rateBasisPoints' | 'note'>, locale: string | undefined): string {
  return `${tax.note || 'Tax'} ${formatBasisPoints(tax.rateBasisPoints, locale)}`;
}

/** 'Payment due within 30 days, by Friday, 4 December 2026.' */
export function termsText(issueDate: DayKey, dueDate: DayKey, locale?: string): string {
  const days = daysBetween(issueDate, dueDate);
  const due = formatDay(dueDate, locale, 'long');
  if (days === 0) return `Payment due on receipt, ${due}.`;
  return `Payment due within ${days} ${days === 1 ? 'day' : 'days'}, by ${due}.`;
}

export function buildInvoiceDocument(input: InvoiceDocumentInput): InvoiceDocumentModel {
  const { invoice, client, settings, locale } = input;
  const currency = toCurrencyCode(invoice.currency);
  const money = (minor: number) => formatMoney({ minor: toMinor(minor), currency }, locale);
  const totals = invoiceTotals(invoice);
  const billing = client.contacts.find((contact) => contact.billing) ?? null;
  const numbered = invoice.number !== '';

  const lines = invoice.lines.map((line, index) => ({
    description: line.description,
    quantity: quantityText(line, locale),
    unitPrice: line.unit === 'hours' ? `${money(line.unitPrice)} / h` : money(line.unitPrice),
    taxes: line.taxes.map((tax) => taxLabel(tax, locale)).join(', '),
    amount: money(totals.lines[index]?.amount ?? 0),
  }));

  const rows: DocumentTotal[] = [{ kind: 'subtotal', label: 'Subtotal', detail: '', value: money(totals.subtotal) }];
  if (invoice.discountBasisPoints > 0) {
    rows.push({
      kind: 'discount',
      label: `Discount ${formatBasisPoints(invoice.discountBasisPoints, locale)}`,
      detail: '',
      value: money(-totals.discount),
    });
  }
  for (const tax of totals.taxes) {
    rows.push({ kind: 'tax', label: taxLabel(tax, locale), detail: `on ${money(tax.base)}`, value: money(tax.tax) });
  }
  rows.push({ kind: 'total', label: `Total (${currency})`, detail: '', value: money(totals.total) });
  if (invoice.status !== 'void') {
    const paid = paidAmount(invoice.id, input.payments);
    if (paid > 0) rows.push({ kind: 'paid', label: 'Paid', detail: '', value: money(-paid) });
    rows.push({ kind: 'balance', label: 'Balance due', detail: '', value: money(totals.total - paid) });
  }

  const facts = [
    { label: 'Invoice number', value: numbered ? invoice.number : 'Not yet numbered' },
    { label: 'Issue date', value: formatDay(invoice.issueDate, locale) },
    { label: 'Due date', value: formatDay(invoice.dueDate, locale) },
  ];
  if (invoice.poNumber) facts.push({ label: 'PO number', value: invoice.poNumber });

  const heading = invoice.status === 'draft' ? 'Draft invoice' : 'Invoice';
  return {
    lang: locale ?? 'en',
    paper: input.paper,
    title: [heading, numbered ? invoice.number : '', '—', client.name].filter(Boolean).join(' '),
    heading,
    stamp:
      invoice.status === 'void' ? 'Void: nothing is owed on this invoice' : invoice.status === 'draft' ? 'Draft: not sent' : null,
    agency: {
      name: settings.agencyName,
      address: settings.agencyAddress,
      logo: safeLogoUrl(settings.logo),
      bankDetails: settings.bankDetails,
    },
    billTo: { client: client.name, contact: billing?.name ?? null, email: billing?.email || null },
    facts,
    lines,
    taxColumn: invoice.lines.some((line) => line.taxes.length > 0),
    totals: rows,
    terms: termsText(invoice.issueDate, invoice.dueDate, locale),
    notes: invoice.notes,
  };
}

/** 'Invoice 2026-0007 Acme.pdf'; a draft, without a number yet: 'Draft invoice Acme 2026-11-04.pdf'. */
export function invoiceFileName(invoice: Pick<Invoice, 'number' | 'issueDate' | 'status'>, clientName: string): string {
  const client = fileNamePart(clientName, 60);
  const number = fileNamePart(invoice.number, 40);
  const parts =
    invoice.status === 'draft' || number === '' ? ['Draft invoice', client, invoice.issueDate] : ['Invoice', number, client];
  return `${parts.filter(Boolean).join(' ')}.pdf`;
}
