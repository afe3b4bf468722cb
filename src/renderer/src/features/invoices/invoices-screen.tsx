import { useMemo, useState } from 'react';
import { useRegisterCommands, type Command } from '../../stores/command-store';
import { InvoiceList } from './invoice-list';
import { InvoicePage } from './invoice-page';
import { NewInvoiceDialog } from './new-invoice-dialog';
import './invoices.css';

/** '#/invoices' lists invoices and receivables; '#/invoices/<id>' shows one. 'New invoice' works from both and the palette. */
export function InvoicesScreen({ params }: { params: string[] }) {
  const invoiceId = params[0];
  const [creating, setCreating] = useState(false);
  const commands = useMemo<Command[]>(
    () => [{ id: 'invoices:new', title: 'New invoice', group: 'Invoices', run: () => setCreating(true) }],
    [],
  );
  useRegisterCommands(commands);

  return (
    <>
      {/* keyed by id so another invoice's page never shows the previous one while it loads */}
      {invoiceId ? <InvoicePage key={invoiceId} invoiceId={invoiceId} /> : <InvoiceList onNewInvoice={() => setCreating(true)} />}
      {creating ? <NewInvoiceDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}
