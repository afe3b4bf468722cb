import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import { loadPaymentsOf, type InvoiceListRow } from '../../db/queries/invoices-list';
import { invoicesCsv, paymentsCsv } from '../../domain/csv/invoice-export';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { errorText } from '@shared/error-text';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The invoices shown, and their payments, as CSV files saved where the user chooses. */
export function InvoiceCsvButtons({ rows }: { rows: readonly InvoiceListRow[] }) {
  const today = useToday();
  const [busy, setBusy] = useState(false);

  async function save(kind: 'invoices' | 'payments') {
    setBusy(true);
    try {
      let text: string;
      let count: string;
      if (kind === 'invoices') {
        text = invoicesCsv(rows);
        count = plural(rows.length, 'invoice', 'invoices');
      } else {
        const byId = new Map(rows.map((row) => [row.invoice.id, row]));
        const payments = await loadPaymentsOf(db, [...byId.keys()]);
        if (payments.length === 0) {
          notify('No payment is recorded on the invoices shown', undefined, 'info');
          return;
        }
        text = paymentsCsv(
          payments.flatMap((payment) => {
            const row = byId.get(payment.invoiceId);
            return row ? [{ payment, invoice: row.invoice, clientName: row.clientName }] : [];
          }),
        );
        count = plural(payments.length, 'payment', 'payments');
      }
      const name = `tandem-${kind}-${today}.csv`;
      if (await platform.saveFile({ purpose: 'csv', suggestedName: name, bytes: new TextEncoder().encode(text) })) {
        notify(`Exported ${count} to ${name}`, undefined, 'success');
      }
    } catch (error) {
      notify(`Export failed: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button onClick={() => void save('invoices')} disabled={busy || rows.length === 0}>
        Export invoices CSV
      </Button>
      <Button onClick={() => void save('payments')} disabled={busy || rows.length === 0}>
        Export payments CSV
      </Button>
    </>
  );
}
