import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { invoicesRepo } from '../../../../src/renderer/src/db/repositories/invoices-repo';
import { paymentsRepo } from '../../../../src/renderer/src/db/repositories/payments-repo';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';

/** The tests' today, whatever instant the run is pinned at: Wednesday 4 November 2026, 09:30 in the run's zone (resetApp's frozenAt). */
export const TEST_DAY = new Date(2026, 10, 4, 9, 30);

// Invoices as the tests see them on TEST_DAY, payment terms net 30:
// - a draft for Acme (EUR) issued 2026-11-02: 10 h × €120.00 = €1,200.00, VAT 20 % → €1,440.00;
// - Acme 2026-0001, sent 2026-09-01, due 2026-10-01 (34 days late): 1 × €500.00, €200.00 paid
//   on 2026-09-15 → balance €300.00, Overdue, 31–60 days;
// - Acme 2026-0002, sent 2026-10-20, due 2026-11-19: 1 × €1,000.00, nothing paid → Sent, current;
// - Globex (USD) 2026-0003, sent 2026-11-01, due 2026-12-01: 1 × $250.00 → Sent, current.
export async function seedInvoices() {
  await settingsRepo(db).update({ taxRates: [{ rateBasisPoints: 2000, note: 'VAT', isDefault: true }] });
  const clients = clientsRepo(db);
  const acme = await clients.create({ name: 'Acme', currency: 'EUR' });
  const globex = await clients.create({ name: 'Globex', currency: 'USD' });
  const invoices = invoicesRepo(db);
  const unit = (description: string, unitPrice: number) => ({ description, unit: 'units' as const, quantity: 1000, unitPrice });
  const draft = await invoices.createDraft({
    clientId: acme.id,
    issueDate: '2026-11-02',
    lines: [
      { description: 'Design', unit: 'hours', quantity: 600, unitPrice: 12_000, taxes: [{ rateBasisPoints: 2000, note: 'VAT' }] },
    ],
  });
  const late = await invoices.createDraft({ clientId: acme.id, issueDate: '2026-09-01', lines: [unit('Workshop', 50_000)] });
  await invoices.markSent(late.id, { issueDate: '2026-09-01' });
  await paymentsRepo(db).recordPayment({ invoiceId: late.id, date: '2026-09-15', amount: 20_000 });
  const open = await invoices.createDraft({ clientId: acme.id, issueDate: '2026-10-20', lines: [unit('Launch', 100_000)] });
  await invoices.markSent(open.id, { issueDate: '2026-10-20' });
  const usd = await invoices.createDraft({ clientId: globex.id, issueDate: '2026-11-01', lines: [unit('Ads', 25_000)] });
  await invoices.markSent(usd.id, { issueDate: '2026-11-01' });
  return { acme, globex, draft, late, open, usd };
}
