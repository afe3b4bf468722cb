import { moveToTrashWithUndo } from '../../actions/with-undo';
import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import type { InvoicePage } from '../../db/queries/invoices-detail';
import { formatDay } from '../../domain/format/format-day';
import { NONE } from '../../domain/format/none';
import { formatAmount } from './labels';

export interface PaymentsCardProps {
  page: InvoicePage;
  /** opens the payment dialog; absent when nothing is owed */
  onRecord: (() => void) | undefined;
}

/** The payments against a sent invoice, oldest first; a payment deleted goes to the trash with Undo. */
export function PaymentsCard({ page, onRecord }: PaymentsCardProps) {
  const { invoice, payments } = page;
  return (
    <section className="card invoice-section" aria-labelledby="invoice-payments-heading">
      <header className="invoice-section-header">
        <h2 id="invoice-payments-heading">Payments</h2>
        {onRecord ? (
          <Button size="sm" onClick={onRecord}>
            <PlusIcon />
            Record payment
          </Button>
        ) : null}
      </header>
      {payments.length === 0 ? (
        <p className="muted">
          {invoice.status === 'void'
            ? 'A void invoice takes no payments.'
            : 'No payment yet. Record each one as it arrives; part payments are fine.'}
        </p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Payments against this invoice</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.map((payment) => (
              <tr key={payment.id}>
                <td>{formatDay(payment.date)}</td>
                <td className="num">{formatAmount(payment.amount, payment.currency)}</td>
                <td>{payment.note || <span className="muted">{NONE}</span>}</td>
                <td className="num">
                  <IconButton
                    label={`Delete the payment of ${formatAmount(payment.amount, payment.currency)} on ${formatDay(payment.date)}`}
                    icon={<TrashIcon />}
                    onClick={() => void moveToTrashWithUndo('payments', payment.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
