import { clientSchema } from '../../../../../src/renderer/src/domain/model/client';
import { invoiceSchema } from '../../../../../src/renderer/src/domain/model/invoice';
import { toMinor } from '../../../../../src/renderer/src/domain/units/money';
import type { InvoiceInput } from '../../../../../src/renderer/src/domain/model/invoice';

// One sent invoice worked by hand (EUR, 10 % discount, VAT 20 % and a reverse charge at 0 %):
//   1. Design, 750 min (12h 30m) at €90.00/h: 750 × 9000 ÷ 60      = 112,500 → €1,125.00
//   2. Stock photos, 3 units at €49.99: 3000 × 4999 ÷ 1000          =  14,997 → €149.97
//   3. Consulting, 90 min at €120.00/h: 90 × 12000 ÷ 60             =  18,000 → €180.00
//   subtotal 112,500 + 14,997 + 18,000                               = 145,497 → €1,454.97
//   discount per tax group: VAT lines 127,497 × 10 % = 12,749.7 → 12,750; reverse charge 18,000 × 10 % = 1,800
//   discount 12,750 + 1,800                                          =  14,550 → −€145.50
//   VAT 20 % on 127,497 − 12,750 = 114,747: 22,949.4                 =  22,949 → €229.49 on €1,147.47
//   reverse charge 0 % on 18,000 − 1,800 = 16,200                    =       0 → €0.00 on €162.00
//   total 145,497 − 14,550 + 22,949                                  = 153,896 → €1,538.96
//   paid 50,000 (€500.00); balance 153,896 − 50,000                  = 103,896 → €1,038.96

export const VAT = { rateBasisPoints: 2000, note: 'VAT' };
export const REVERSE_CHARGE = { rateBasisPoints: 0, note: 'Reverse charge: VAT to be accounted for by the recipient' };

export function acmeClient(overrides: Record<string, unknown> = {}) {
  return clientSchema.parse({
    id: 'client-acme',
    name: 'Acme',
    currency: 'EUR',
    contacts: [
      { name: 'Pat Primary', email: 'pat@acme.example', primary: true },
      { name: 'Bea Billing', email: 'accounts@acme.example', billing: true },
    ],
    ...overrides,
  });
}

export function sentInvoice(overrides: Partial<InvoiceInput> = {}) {
  return invoiceSchema.parse({
    id: 'invoice-7',
    clientId: 'client-acme',
    number: '2026-0007',
    status: 'sent',
    sentAt: '2026-11-04T09:00:00.000Z',
    issueDate: '2026-11-04',
    dueDate: '2026-12-04',
    poNumber: 'PO-4471',
    notes: 'Thank you for your business.',
    currency: 'EUR',
    discountBasisPoints: 1000,
    lines: [
      { description: 'Design, homepage', unit: 'hours', quantity: 750, unitPrice: 9000, taxes: [VAT] },
      { description: 'Stock photos', unit: 'units', quantity: 3000, unitPrice: 4999, taxes: [VAT] },
      { description: 'Consulting, tax set-up', unit: 'hours', quantity: 90, unitPrice: 12_000, taxes: [REVERSE_CHARGE] },
    ],
    ...overrides,
  });
}

export const PAYMENT = { invoiceId: 'invoice-7', amount: toMinor(50_000) };

export const AGENCY = {
  agencyName: 'Studio Nord',
  agencyAddress: 'Hafenstraße 1\n20457 Hamburg',
  bankDetails: 'IBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX',
  logo: undefined,
};

/** Text people typed that must stay text on the invoice. */
export const HOSTILE = {
  client: '<script>alert("client")</script> & Söhne',
  description: '</style><img src=x onerror=alert(1)>Audit',
  entities: 'Fees &amp; costs &lt;b&gt;not bold&lt;/b&gt;',
  longWord: `https://example.com/${'a'.repeat(240)}`,
  rtl: 'شركة الأمل للتصميم',
  note: '</main></body><script>document.title="owned"</script>',
};
