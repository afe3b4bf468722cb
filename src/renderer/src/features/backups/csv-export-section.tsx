import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { db } from '../../db/db';
import { exportEntriesInRange } from '../../db/queries/backups-data';
import {
  COLUMN_SPECS,
  EXPORT_COLUMNS,
  EXPORT_GROUPINGS,
  EXPORT_GROUPING_LABELS,
  columnApplies,
  timeEntriesCsv,
} from '../../domain/csv/export';
import type { ExportColumn, ExportGrouping } from '../../domain/csv/export';
import { isDayKey } from '../../domain/time/day-key';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { useToday } from '../../stores/use-clock';
import { errorText } from '@shared/error-text';

const DEFAULT_COLUMNS: ExportColumn[] = [
  'date',
  'start',
  'end',
  'client',
  'project',
  'note',
  'hat',
  'duration',
  'hours',
  'billable',
  'rate',
  'amount',
  'currency',
  'entries',
];

/** Time entries of any date range as CSV, one line per entry or totals per day, project or client. */
export function CsvExportSection() {
  const id = useId();
  const today = useToday();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState<string>(today);
  const [grouping, setGrouping] = useState<ExportGrouping>('none');
  const [columns, setColumns] = useState<ExportColumn[]>(DEFAULT_COLUMNS);
  const [errors, setErrors] = useState<{ from?: string; to?: string; columns?: string }>({});
  const [busy, setBusy] = useState(false);

  const applicable = EXPORT_COLUMNS.filter((column) => columnApplies(column, grouping));

  async function exportCsv() {
    const next: typeof errors = {};
    if (!isDayKey(from)) next.from = 'Enter the first day as a date';
    if (!isDayKey(to)) next.to = 'Enter the last day as a date';
    else if (isDayKey(from) && to < from) next.to = 'The last day must be on or after the first';
    if (!applicable.some((column) => columns.includes(column))) next.columns = 'Choose at least one column';
    setErrors(next);
    if (Object.keys(next).length > 0 || !isDayKey(from) || !isDayKey(to)) return;
    setBusy(true);
    try {
      const entries = await exportEntriesInRange(db, from, to);
      if (entries.length === 0) {
        setErrors({ to: `No time is logged from ${from} to ${to}` });
        return;
      }
      const text = timeEntriesCsv(entries, { grouping, columns });
      const name = `tandem-time-${from}-to-${to}${grouping === 'none' ? '' : `-per-${grouping}`}.csv`;
      if (await platform.saveFile({ purpose: 'csv', suggestedName: name, bytes: new TextEncoder().encode(text) })) {
        notify(`Exported ${entries.length.toLocaleString()} entries to ${name}`, undefined, 'success');
      }
    } catch (error) {
      notify(`Export failed: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  const toggle = (column: ExportColumn, on: boolean) =>
    setColumns((current) => (on ? [...current, column] : current.filter((other) => other !== column)));

  return (
    <section className="card data-section" aria-labelledby="csv-export-heading">
      <h2 id="csv-export-heading">Export time as CSV</h2>
      <div className="csv-export-fields">
        <TextField
          id={`${id}-from`}
          label="From"
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          error={errors.from}
        />
        <TextField
          id={`${id}-to`}
          label="To"
          type="date"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          error={errors.to}
        />
        <SelectField
          id={`${id}-group`}
          label="Lines"
          value={grouping}
          onChange={(event) => setGrouping(EXPORT_GROUPINGS.find((value) => value === event.target.value) ?? 'none')}
          options={EXPORT_GROUPINGS.map((value) => ({ value, label: EXPORT_GROUPING_LABELS[value] }))}
        />
      </div>
      <fieldset className="csv-columns" aria-describedby={errors.columns ? `${id}-columns-error` : undefined}>
        <legend>Columns</legend>
        {applicable.map((column) => (
          <Checkbox
            key={column}
            id={`${id}-col-${column}`}
            label={COLUMN_SPECS[column].label}
            checked={columns.includes(column)}
            onChange={(event) => toggle(column, event.target.checked)}
          />
        ))}
        {errors.columns ? (
          <p id={`${id}-columns-error`} className="field-error" role="alert">
            {errors.columns}
          </p>
        ) : null}
      </fieldset>
      <div className="data-section-actions">
        <Button onClick={() => void exportCsv()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export CSV'}
        </Button>
      </div>
    </section>
  );
}
