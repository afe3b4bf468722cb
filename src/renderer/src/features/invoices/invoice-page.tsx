import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { moveToTrashWithUndo } from '../../actions/with-undo';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { EmptyState } from '../../components/ui/empty-state';
import { Screen } from '../../components/ui/screen';
import { db } from '../../db/db';
import { loadInvoicePage, type InvoicePage as PageData } from '../../db/queries/invoices-detail';
import { formatDay } from '../../domain/format/format-day';
import { INVOICE_STATE_LABELS } from '../../domain/invoices/labels';
import { hrefTo, navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { errorText } from '@shared/error-text';
import { InvoiceDocumentPanel } from './document/invoice-document-panel';
import { DraftEditor } from './draft-editor';
import { InvoiceView } from './invoice-view';
import { invoices } from './invoices-data';
import { STATE_BADGES } from './labels';
import { MarkSentDialog } from './mark-sent-dialog';
import { PaymentDialog } from './payment-dialog';
import { PaymentsCard } from './payments-card';

type Open = 'send' | 'pay' | 'void' | 'regenerate' | null;

function titleOf({ invoice }: PageData): string {
  return invoice.number ? `Invoice ${invoice.number}` : 'Draft invoice';
}

/** One invoice: a draft edited in place, or a sent one with its payments; every step of its life from the header. */
export function InvoicePage({ invoiceId }: { invoiceId: string }) {
  const today = useToday();
  const page = useLiveQuery(() => loadInvoicePage(db, invoiceId, today), [invoiceId, today], undefined);
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  const [dialogError, setDialogError] = useState('');
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const close = () => {
    setOpen(null);
    setDialogError('');
  };

  if (page === undefined) {
    return (
      <Screen id="invoice" title="Invoice" ready={false}>
        {null}
      </Screen>
    );
  }
  if (page === null) {
    return (
      <Screen id="invoice" title="Invoice not found" ready>
        <EmptyState title="This invoice is not here" action={<a href={hrefTo('invoices')}>Back to all invoices</a>}>
          A deleted draft is in the trash (Data &amp; backups) until it is emptied.
        </EmptyState>
      </Screen>
    );
  }

  const { invoice, client, standing } = page;
  const isDraft = invoice.status === 'draft';

  async function deleteDraft() {
    // Leave the page first: the draft is gone until Undo brings it back.
    navigate('invoices');
    await moveToTrashWithUndo('invoices', invoice.id);
  }

  async function regenerate() {
    try {
      const draft = await invoices.regenerateDraft(invoice.id);
      notify(
        `Draft regenerated from the time: ${draft.lines.length} ${draft.lines.length === 1 ? 'line' : 'lines'}`,
        undefined,
        'success',
      );
      close();
    } catch (error) {
      setDialogError(errorText(error));
    }
  }

  async function voidInvoice() {
    try {
      await invoices.voidInvoice(invoice.id);
      notify(`Invoice ${invoice.number} is void: its number stays used, its time and expenses can be billed again`);
      close();
    } catch (error) {
      setDialogError(errorText(error));
    }
  }

  const actions = isDraft ? (
    <>
      <Button variant="danger" onClick={() => void deleteDraft()}>
        Delete draft
      </Button>
      {invoice.basis ? <Button onClick={() => setOpen('regenerate')}>Regenerate from time</Button> : null}
      <Button variant="primary" onClick={() => setOpen('send')} disabled={dirty || invoice.lines.length === 0}>
        Mark sent
      </Button>
    </>
  ) : invoice.status === 'sent' ? (
    <>
      <Button onClick={() => setOpen('void')}>Void</Button>
      {standing.balance > 0 ? (
        <Button variant="primary" onClick={() => setOpen('pay')}>
          Record payment
        </Button>
      ) : null}
    </>
  ) : null;

  return (
    <Screen
      id="invoice"
      title={titleOf(page)}
      ready
      actions={actions}
      subtitle={
        <span className="invoice-subtitle">
          <a href={hrefTo('invoices')}>All invoices</a>
          {client ? <a href={hrefTo('clients', client.id)}>{client.name}</a> : <span>Unknown client</span>}
          <span className={STATE_BADGES[standing.state]}>{INVOICE_STATE_LABELS[standing.state]}</span>
          <span>Issued {formatDay(invoice.issueDate)}</span>
          <span>
            Due {formatDay(invoice.dueDate)}
            {standing.daysOverdue > 0 ? `, ${standing.daysOverdue} ${standing.daysOverdue === 1 ? 'day' : 'days'} late` : ''}
          </span>
        </span>
      }
    >
      {isDraft ? (
        <>
          {dirty ? (
            <p className="muted invoice-hint">Save the draft before marking it sent.</p>
          ) : invoice.lines.length === 0 ? (
            <p className="muted invoice-hint">Add a line before marking the draft sent.</p>
          ) : null}
          {/* keyed by the lines so a regenerated draft starts the editor afresh */}
          <DraftEditor
            key={invoice.lines.map((line) => line.id).join(' ')}
            invoice={invoice}
            taxRates={page.taxRates}
            onDirtyChange={onDirtyChange}
          />
        </>
      ) : (
        <>
          <InvoiceView page={page} />
          <PaymentsCard
            page={page}
            onRecord={standing.balance > 0 && invoice.status === 'sent' ? () => setOpen('pay') : undefined}
          />
        </>
      )}

      <InvoiceDocumentPanel invoiceId={invoice.id} />

      {open === 'send' ? <MarkSentDialog invoice={invoice} paymentTermsDays={page.paymentTermsDays} onClose={close} /> : null}
      {open === 'pay' ? <PaymentDialog invoice={invoice} balance={standing.balance} onClose={close} /> : null}
      {open === 'regenerate' && invoice.basis ? (
        <Dialog
          title="Regenerate from time?"
          size="sm"
          onClose={close}
          error={dialogError}
          footer={
            <>
              <Button onClick={close}>Keep the lines</Button>
              <Button variant="primary" onClick={() => void regenerate()}>
                Regenerate
              </Button>
            </>
          }
        >
          <p>
            The lines made from time, expenses and fees are made again from the work as it is now, from{' '}
            {formatDay(invoice.basis.from)} to {formatDay(invoice.basis.to)}: edits to them are lost. Lines you added by hand stay
            {dirty ? ', and unsaved changes are dropped' : ''}.
          </p>
        </Dialog>
      ) : null}
      {open === 'void' ? (
        <Dialog
          title={`Void invoice ${invoice.number}?`}
          size="sm"
          onClose={close}
          error={dialogError}
          footer={
            <>
              <Button onClick={close}>Keep it</Button>
              <Button variant="danger" onClick={() => void voidInvoice()}>
                Void invoice
              </Button>
            </>
          }
        >
          <p>
            Nothing will be owed on it. It keeps its number, which is never given again, and its time and expenses become
            uninvoiced, free to bill on a new invoice.
          </p>
        </Dialog>
      ) : null}
    </Screen>
  );
}
