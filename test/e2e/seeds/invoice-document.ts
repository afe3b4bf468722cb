import type { Page } from '@playwright/test';
import { writeRows } from '../page-models/database';
import { LOGO } from './hostile-report';

// A sent invoice to print, worked by hand (EUR, 10 % discount, VAT 20 % and a reverse charge at 0 %;
// the same figures as test/renderer/features/invoices/document/fixtures.ts):
//   Design 12h 30m at €90.00/h = €1,125.00; Stock photos 3 × €49.99 = €149.97; Consulting 1h 30m at
//   €120.00/h = €180.00; subtotal €1,454.97; discount −€145.50 (12,750 + 1,800 cents, per tax group);
//   VAT 20 % on €1,147.47 = €229.49; reverse charge 0 % on €162.00 = €0.00; total €1,538.96;
//   paid €500.00; balance €1,038.96.
// And a second invoice whose every typed text is hostile.

export const INVOICE_ID = 'i-print';
export const HOSTILE_INVOICE_ID = 'i-hostile';

export const HOSTILE_TEXT = {
  client: '<script>alert("client")</script> & Söhne',
  description: '</style><img src=x onerror=alert(1)>Audit',
  entities: 'Fees &amp; costs &lt;b&gt;',
  rtl: 'شركة الأمل للتصميم',
  note: '</main><script>document.title="owned"</script>',
};

const VAT = { rateBasisPoints: 2000, note: 'VAT' };
const REVERSE_CHARGE = { rateBasisPoints: 0, note: 'Reverse charge' };

const client = (id: string, name: string, contacts: object[]) => ({
  id,
  name,
  currency: 'EUR',
  contacts,
  notes: '',
  owner: '',
  checkIns: [],
  opportunities: [],
  archived: false,
});

const line = (id: string, description: string, unit: string, quantity: number, unitPrice: number, taxes: object[]) => ({
  id,
  description,
  unit,
  quantity,
  unitPrice,
  taxes,
  timeEntryIds: [],
  expenseIds: [],
});

const invoice = (id: string, clientId: string, number: string, extra: object) => ({
  id,
  clientId,
  number,
  status: 'sent',
  issueDate: '2026-11-04',
  dueDate: '2026-12-04',
  sentAt: '2026-11-04T09:00:00.000Z',
  poNumber: '',
  notes: '',
  currency: 'EUR',
  discountBasisPoints: 0,
  lines: [],
  ...extra,
});

export const INVOICE_DOCUMENT_SEED = {
  settings: [
    {
      id: 'settings',
      agencyName: 'Studio Nord',
      agencyAddress: 'Hafenstraße 1\n20457 Hamburg\nGermany',
      bankDetails: 'Commerzbank\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX',
      logo: LOGO,
      taxRates: [{ ...VAT, isDefault: true }, REVERSE_CHARGE],
    },
  ],
  clients: [
    client('c-acme', 'Acme Outdoor GmbH', [
      { id: 'k1', name: 'Pat Primary', email: 'pat@acme.example', role: '', primary: true, billing: false },
      { id: 'k2', name: 'Bea Billing', email: 'accounts@acme.example', role: 'Accounts', primary: false, billing: true },
    ]),
    client('c-hostile', HOSTILE_TEXT.client, [
      { id: 'k3', name: HOSTILE_TEXT.rtl, email: '', role: '', primary: false, billing: true },
    ]),
  ],
  invoices: [
    invoice(INVOICE_ID, 'c-acme', '2026-0007', {
      poNumber: 'PO-4471',
      notes: 'Thank you for your business.',
      discountBasisPoints: 1000,
      lines: [
        line('l1', 'Design, homepage', 'hours', 750, 9000, [VAT]),
        line('l2', 'Stock photos', 'units', 3000, 4999, [VAT]),
        line('l3', 'Consulting, tax set-up', 'hours', 90, 12_000, [REVERSE_CHARGE]),
      ],
    }),
    invoice(HOSTILE_INVOICE_ID, 'c-hostile', '2026-0008', {
      poNumber: HOSTILE_TEXT.entities,
      notes: HOSTILE_TEXT.note,
      lines: [
        line('l4', HOSTILE_TEXT.description, 'units', 1000, 10_000, [VAT]),
        line('l5', HOSTILE_TEXT.rtl, 'units', 2000, 5000, []),
      ],
    }),
  ],
  payments: [{ id: 'pay1', invoiceId: INVOICE_ID, date: '2026-11-10', amount: 50_000, currency: 'EUR', note: '' }],
};

/** Writes the seed into the database the app has already opened, then reloads so the views read it. */
export async function seedInvoiceDocument(page: Page): Promise<void> {
  await writeRows(page, INVOICE_DOCUMENT_SEED);
  await page.reload();
}
