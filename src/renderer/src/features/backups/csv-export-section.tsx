import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { SelectField } from '../../components/ui/select-field';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { exportEntriesInRange } from '../../db/queries/backups-data';
import {
  COLUMN_SPECS,
  EXPORT_COLUMNS,
  EXPORT_GROUPINGS,
  EXPORT_GROUPING_LABELS,
  columnApplies,
  defaultExportRange,
  timeEntriesCsv,
} from '../../domain/csv/export';
import type { ExportColumn, ExportGrouping } from '../../domain/csv/export';
import { formReader, oneOf } from '../../domain/parse/form-reader';
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

interface ExportChoices {
  from: string;
  to: string;
  grouping: ExportGrouping;
  columns: ExportColumn[];
}

/** Time entries of any date range as CSV, one line per entry or totals per day, project or client. */
export function CsvExportSection() {
  const today = useToday();
  const form = useForm<ExportChoices>(() => ({
    ...defaultExportRange(today),
    grouping: 'none',
    columns: DEFAULT_COLUMNS,
  }));
  const { values, errors, setErrors, id } = form;
  const { grouping, columns } = values;
  const [busy, setBusy] = useState(false);

  const applicable = EXPORT_COLUMNS.filter((column) => columnApplies(column, grouping));

  async function exportCsv() {
    const read = formReader();
    const from = read.day('from', values.from, { required: 'Enter the first day as a date' });
    const to = read.day('to', values.to, { required: 'Enter the last day as a date' });
    if (from !== undefined && to !== undefined && to < from) read.fail('to', 'The last day must be on or after the first');
    if (!applicable.some((column) => columns.includes(column))) read.fail('columns', 'Choose at least one column');
    setErrors({ ...read.errors });
    if (from === undefined || to === undefined || Object.keys(read.errors).length > 0) return;
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
    form.setValues((current) => ({
      ...current,
      columns: on ? [...current.columns, column] : current.columns.filter((other) => other !== column),
    }));

  return (
    <section className="card data-section" aria-labelledby="csv-export-heading">
      <h2 id="csv-export-heading">Export time as CSV</h2>
      <div className="csv-export-fields">
        <TextField label="From" type="date" {...form.field('from')} />
        <TextField label="To" type="date" {...form.field('to')} />
        <SelectField
          label="Lines"
          {...form.field('grouping', { read: oneOf(EXPORT_GROUPINGS) })}
          options={EXPORT_GROUPINGS.map((value) => ({ value, label: EXPORT_GROUPING_LABELS[value] }))}
        />
      </div>
      <fieldset className="csv-columns" aria-describedby={errors.columns ? id('columns-error') : undefined}>
        <legend>Columns</legend>
        {applicable.map((column) => (
          <Checkbox
            key={column}
            id={id(`col-${column}`)}
            label={COLUMN_SPECS[column].label}
            checked={columns.includes(column)}
            onChange={(event) => toggle(column, event.target.checked)}
          />
        ))}
        {errors.columns ? (
          <p id={id('columns-error')} className="field-error" role="alert">
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
