import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import { formatMoney } from '../../domain/format/format-money';
import type { CsvSummary } from '../../domain/csv/summary';
import { CSV_SOURCE_LABELS } from '../../domain/csv/types';
import type { CsvSource } from '../../domain/csv/types';
import { toCurrencyCode, toMinor } from '../../domain/units/money';
import { NONE } from '../../domain/format/none';

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

const entries = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'entry starts' : 'entries start'}`;

/** What happened to starts at a clock change (docs/decisions.md, "Time edges"); null when none. */
function clockChangeText({ skipped, repeated }: CsvSummary['clockChanges']): string | null {
  const parts = [
    skipped > 0 ? `${entries(skipped)} in an hour the clock skipped: read as the same time after the change (02:30 as 03:30), duration kept.` : null,
    repeated > 0 ? `${entries(repeated)} in an hour the clock showed twice: read as the first time round.` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Source, counts, hours, dates and amounts of a previewed file. */
export function CsvSummaryList({ source, summary, alreadyImported, dateOrderOpen }: CsvSummaryListProps) {
  const { firstDay, lastDay } = summary;
  const clockChanges = clockChangeText(summary.clockChanges);
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
              : NONE}
        </dd>
      </div>
      {summary.amounts.length > 0 ? (
        <div>
          <dt>Amounts in the file</dt>
          <dd>{summary.amounts.map((amount) => amountText(amount.currency, amount.minor)).join(' · ')}</dd>
        </div>
      ) : null}
      {clockChanges ? (
        <div>
          <dt>Clock changes</dt>
          <dd>{clockChanges}</dd>
        </div>
      ) : null}
    </dl>
  );
}
