import type { InvoicePage } from '../../db/queries/invoices-detail';
import { NONE } from '../../domain/format/none';
import { quantityToText } from '../../domain/parse/parse-quantity';
import { taxLabel } from './draft-values';
import { formatAmount } from './labels';
import { TotalsTable } from './totals-table';

/** A sent or void invoice as it was sent: details, lines, totals, what is paid and owed. */
export function InvoiceView({ page }: { page: InvoicePage }) {
  const { invoice, totals, standing } = page;
  const currency = invoice.currency;
  const taxed = invoice.lines.some((line) => line.taxes.length > 0);
  return (
    <>
      <section className="card invoice-section" aria-labelledby="invoice-details-heading">
        <h2 id="invoice-details-heading">Details</h2>
        <dl className="invoice-facts">
          <div>
            <dt>PO number</dt>
            <dd>{invoice.poNumber || NONE}</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{currency}</dd>
          </div>
          <div className="invoice-facts-wide">
            <dt>Notes</dt>
            <dd className="invoice-notes-text">{invoice.notes || NONE}</dd>
          </div>
        </dl>
      </section>
      <section className="card invoice-section" aria-labelledby="invoice-lines-heading">
        <h2 id="invoice-lines-heading">Lines</h2>
        <table className="data-table invoice-lines">
          <caption className="visually-hidden">Lines of invoice {invoice.number}</caption>
          <thead>
            <tr>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Unit price
              </th>
              {taxed ? <th scope="col">Taxes</th> : null}
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line, index) => (
              <tr key={line.id}>
                <td className="invoice-line-description">{line.description}</td>
                <td className="num">
                  {quantityToText(line.quantity, line.unit)}
                  {line.unit === 'hours' ? ' h' : ''}
                </td>
                <td className="num">{formatAmount(line.unitPrice, currency)}</td>
                {taxed ? (
                  <td>{line.taxes.length === 0 ? <span className="muted">{NONE}</span> : line.taxes.map(taxLabel).join(', ')}</td>
                ) : null}
                <td className="num">{formatAmount(totals.lines[index]?.amount ?? 0, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card invoice-section invoice-summary" aria-labelledby="invoice-totals-heading">
        <h2 id="invoice-totals-heading">Totals</h2>
        <TotalsTable
          totals={totals}
          discountBasisPoints={invoice.discountBasisPoints}
          currency={currency}
          {...(invoice.status === 'sent' ? { standing } : {})}
        />
      </section>
    </>
  );
}
