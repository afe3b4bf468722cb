import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import type { CsvSummary } from '../../domain/csv/summary';
import { CSV_SOURCE_LABELS } from '../../domain/csv/types';
import type { CsvSource } from '../../domain/csv/types';
import { toCurrencyCode, toMinor } from '../../domain/units/money';

export interface CsvSummaryListProps {
  source: CsvSource;
  summary: CsvSummary;
  alreadyImported: number;
  dateOrderOpen: boolean;
}

function amountText(currency: string, minor: number): string {
  if (!/^[A-Z]{3}$/.test(currency)) return (minor / 100).toFixed(2);
  return formatMoney({ minor: toMinor(minor), currency: toCurrencyCode(currency) });
}

/** Source, counts, hours, dates and amounts of a previewed file. */
export function CsvSummaryList({ source, summary, alreadyImported, dateOrderOpen }: CsvSummaryListProps) {
  const { firstDay, lastDay } = summary;
  return (
    <dl className="csv-summary">
      <div>
        <dt>Source</dt>
        <dd>{CSV_SOURCE_LABELS[source]}</dd>
      </div>
      <div>
        <dt>Entries</dt>
        <dd>
          {summary.entryCount.toLocaleString()}
          {alreadyImported > 0 ? <span className="muted"> ({alreadyImported.toLocaleString()} imported before, skipped)</span> : null}
        </dd>
      </div>
      <div>
        <dt>Total time</dt>
        <dd>
          {formatMinutes(summary.totalMinutes)} <span className="muted">({formatMinutes(summary.billableMinutes)} billable)</span>
        </dd>
      </div>
      <div>
        <dt>Dates</dt>
        <dd>
          {dateOrderOpen
            ? 'Answer the question below'
            : firstDay && lastDay
              ? firstDay === lastDay
                ? formatDay(firstDay)
                : `${formatDay(firstDay)} – ${formatDay(lastDay)}`
              : '—'}
        </dd>
      </div>
      {summary.amounts.length > 0 ? (
        <div>
          <dt>Amounts in the file</dt>
          <dd>{summary.amounts.map((amount) => amountText(amount.currency, amount.minor)).join(' · ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
