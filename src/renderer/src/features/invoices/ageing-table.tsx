import type { Ageing } from '../../domain/invoices/ageing';
import { AGEING_BUCKET_LABELS } from '../../domain/invoices/labels';
import { NONE } from '../../domain/format/none';
import type { Money } from '../../domain/units/money';
import { formatAmount } from './labels';

function amountIn(amounts: readonly Money[], currency: string): string {
  const found = amounts.find((amount) => amount.currency === currency);
  return found ? formatAmount(found.minor, currency) : NONE;
}

/** Open invoices' balances by days overdue: one row per bucket, one column per currency, never summed across currencies. */
export function AgeingTable({ ageing }: { ageing: Ageing }) {
  const currencies = ageing.totals.map((total) => total.currency);
  return (
    <section className="card invoices-ageing" aria-labelledby="invoices-ageing-heading">
      <h2 id="invoices-ageing-heading">Receivables by age</h2>
      {currencies.length === 0 ? (
        <p className="muted">Nothing is owed: no sent invoice has a balance left.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Open invoices by days overdue, totals per currency</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col" className="num">
                Invoices
              </th>
              {currencies.map((currency) => (
                <th key={currency} scope="col" className="num">
                  {currency}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ageing.rows.map((row) => (
              <tr key={row.bucket} className={row.invoiceIds.length === 0 ? 'muted' : undefined}>
                <th scope="row">{AGEING_BUCKET_LABELS[row.bucket]}</th>
                <td className="num">{row.invoiceIds.length}</td>
                {currencies.map((currency) => (
                  <td key={currency} className="num">
                    {amountIn(row.totals, currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total owed</th>
              <td className="num">{ageing.rows.reduce((sum, row) => sum + row.invoiceIds.length, 0)}</td>
              {currencies.map((currency) => (
                <td key={currency} className="num">
                  {amountIn(ageing.totals, currency)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
