import { DataTable } from '../../components/ui/data-table';
import type { Column } from '../../components/ui/data-table';
import { formatDay } from '../../domain/format/format-day';
import { formatMinutes } from '../../domain/format/format-duration';
import type { TimeEntry } from '../../domain/model/time-entry';
import { amountMinorForMinutes } from '../../domain/units/money';
import { DetailSection } from './detail-section';
import { formatAmount } from './labels';
import { HAT_SHORT_LABELS } from '../../domain/model/hat';

const COLUMNS: readonly Column<TimeEntry>[] = [
  { key: 'day', header: 'Date', width: '120px', cell: (entry) => formatDay(entry.day) },
  { key: 'hat', header: 'Hat', width: '110px', cell: (entry) => HAT_SHORT_LABELS[entry.hat] },
  { key: 'note', header: 'Note', cell: (entry) => entry.note || <span className="muted">No note</span> },
  {
    key: 'billable',
    header: 'Billable',
    width: '90px',
    cell: (entry) => (entry.billable ? 'Billable' : <span className="muted">Not billable</span>),
  },
  { key: 'minutes', header: 'Duration', numeric: true, width: '90px', cell: (entry) => formatMinutes(entry.minutes) },
  // the entry's own rate snapshot, so the value shown is the value counted in Spent
  {
    key: 'amount',
    header: 'Value',
    numeric: true,
    width: '110px',
    cell: (entry) => formatAmount(amountMinorForMinutes(entry.minutes, entry.rateSnapshot), entry.currency),
  },
];

/** The latest time entries, newest first (read-only: time is edited on the Time screen). */
export function RecentEntries({ entries }: { entries: readonly TimeEntry[] }) {
  return (
    <DetailSection
      title="Recent time"
      isEmpty={entries.length === 0}
      emptyText="No time logged on this project yet. Start the timer or add an entry on the Time screen."
    >
      <DataTable caption="Recent time entries, newest first" columns={COLUMNS} rows={entries} rowKey={(entry) => entry.id} />
    </DetailSection>
  );
}
