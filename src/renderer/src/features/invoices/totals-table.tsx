import { formatBasisPoints } from '../../domain/format/format-percent';
import type { InvoiceStanding } from '../../domain/invoices/status';
import type { InvoiceTotals } from '../../domain/invoices/totals';
import type { CurrencyCode } from '../../domain/units/money';
import { formatAmount } from './labels';
import { taxLabel } from './draft-values';

export interface TotalsTableProps {
  totals: InvoiceTotals;
  discountBasisPoints: number;
  currency: CurrencyCode;
  /** paid and balance, once the invoice is sent */
  standing?: Pick<InvoiceStanding, 'paid' | 'balance'>;
}

/** Subtotal, discount, each tax on its base, total; paid and balance once sent. */
export function TotalsTable({ totals, discountBasisPoints, currency, standing }: TotalsTableProps) {
  const amount = (minor: number) => formatAmount(minor, currency);
  return (
    <table className="invoice-totals" aria-label="Totals">
      <tbody>
        <tr>
          <th scope="row">Subtotal</th>
          <td className="num">{amount(totals.subtotal)}</td>
        </tr>
        {discountBasisPoints > 0 ? (
          <tr>
            <th scope="row">Discount {formatBasisPoints(discountBasisPoints)}</th>
            <td className="num">−{amount(totals.discount)}</td>
          </tr>
        ) : null}
        {totals.taxes.map((tax) => (
          <tr key={`${tax.rateBasisPoints}|${tax.note}`}>
            <th scope="row">
              {taxLabel(tax)} <span className="muted">on {amount(tax.base)}</span>
            </th>
            <td className="num">{amount(tax.tax)}</td>
          </tr>
        ))}
        <tr className="invoice-total">
          <th scope="row">Total</th>
          <td className="num">{amount(totals.total)}</td>
        </tr>
        {standing ? (
          <>
            <tr>
              <th scope="row">Paid</th>
              <td className="num">{amount(standing.paid)}</td>
            </tr>
            <tr className="invoice-total">
              <th scope="row">Balance</th>
              <td className="num">{amount(standing.balance)}</td>
            </tr>
          </>
        ) : null}
      </tbody>
    </table>
  );
}
