import { useEffect, useMemo } from 'react';
import { Button } from '../../components/ui/button';
import { IconButton } from '../../components/ui/icon-button';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import { NONE } from '../../domain/format/none';
import { invoiceTotals } from '../../domain/invoices/totals';
import type { InvoiceTotals } from '../../domain/invoices/totals';
import { LINE_UNITS, taxKey } from '../../domain/model/invoice';
import type { Invoice, LineUnit } from '../../domain/model/invoice';
import type { SettingsTaxRate } from '../../domain/model/settings';
import { notify } from '../../stores/toast-store';
import { draftValues, newLineValues, previewLines, readDraft, taxChoices, taxLabel } from './draft-values';
import type { DraftValues, LineValues } from './draft-values';
import { invoices } from './invoices-data';
import { formatAmount } from './labels';
import { TotalsTable } from './totals-table';

const UNIT_WORDS: Record<LineUnit, string> = { hours: 'Hours', units: 'Units' };

function isUnit(value: string): value is LineUnit {
  return LINE_UNITS.some((unit) => unit === value);
}

function safeTotals(preview: ReturnType<typeof previewLines>): InvoiceTotals | null {
  if (!preview) return null;
  try {
    return invoiceTotals(preview);
  } catch {
    return null; // a line too large to price: its own message shows on save
  }
}

export interface DraftEditorProps {
  invoice: Invoice;
  taxRates: readonly SettingsTaxRate[];
  /** told whether the typed values differ from the saved draft */
  onDirtyChange: (dirty: boolean) => void;
}

/** A draft's dates, PO number, notes, lines (description, quantity, unit price, taxes) and discount, saved together. */
export function DraftEditor({ invoice, taxRates, onDirtyChange }: DraftEditorProps) {
  const saved = useMemo(() => draftValues(invoice), [invoice]);
  const form = useForm<DraftValues>(saved);
  const { values, errors } = form;
  const currency = invoice.currency;
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const totals = safeTotals(previewLines(values, currency, taxRates));
  const defaultTax = taxRates.find((rate) => rate.isDefault);

  const setLine = (index: number, patch: Partial<LineValues>) =>
    form.setValues((current) => ({
      ...current,
      lines: current.lines.map((line, at) => (at === index ? { ...line, ...patch } : line)),
    }));
  const removeLine = (index: number) =>
    form.setValues((current) => ({ ...current, lines: current.lines.filter((_, at) => at !== index) }));
  const addLine = () => form.setValues((current) => ({ ...current, lines: [...current.lines, newLineValues(defaultTax)] }));

  const save = () =>
    void form.submit(async () => {
      const saved = await invoices.updateDraft(invoice.id, readDraft(values, currency, taxRates));
      // as stored ('25.5' reads back '25.50'), so the editor is not left looking unsaved
      form.setValues(draftValues(saved));
      notify('Draft saved', undefined, 'success');
    });

  const lineError = (index: number, field: string) => errors[`lines.${index}.${field}`];
  const taxable = values.lines.some((line) => taxChoices(taxRates, line).length > 0);
  const wholeErrors = Object.entries(errors).filter(([path]) => path === '' || path === 'lines');

  return (
    <form
      className="invoice-draft"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <section className="card invoice-section" aria-labelledby="invoice-details-heading">
        <h2 id="invoice-details-heading">Details</h2>
        <div className="invoice-details-fields">
          <TextField label="Issue date" type="date" {...form.field('issueDate')} />
          <TextField label="Due date" type="date" {...form.field('dueDate')} />
          <TextField label="PO number" {...form.field('poNumber')} />
          <TextArea label="Notes" className="invoice-notes" rows={2} {...form.field('notes')} />
        </div>
      </section>

      <section className="card invoice-section" aria-labelledby="invoice-lines-heading">
        <h2 id="invoice-lines-heading">Lines</h2>
        {wholeErrors.map(([path, message]) => (
          <p key={path} className="field-error" role="alert">
            {message}
          </p>
        ))}
        {values.lines.length === 0 ? (
          <p className="muted">No lines yet: add one, or regenerate the draft from the time.</p>
        ) : (
          <table className="data-table invoice-lines invoice-lines-edit">
            <caption className="visually-hidden">Lines of this draft</caption>
            <thead>
              <tr>
                <th scope="col">Description</th>
                <th scope="col">Unit</th>
                <th scope="col" className="num">
                  Quantity
                </th>
                <th scope="col" className="num">
                  Unit price ({currency})
                </th>
                {taxable ? <th scope="col">Taxes</th> : null}
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.lines.map((line, index) => {
                const n = index + 1;
                const cell = (field: string) => ({ id: form.id(`line-${line.id}-${field}`), error: lineError(index, field) });
                return (
                  <tr key={line.id}>
                    <td>
                      <LineInput
                        {...cell('description')}
                        label={`Description, line ${n}`}
                        multiline
                        value={line.description}
                        onChange={(value) => setLine(index, { description: value })}
                      />
                    </td>
                    <td>
                      <select
                        className="input select"
                        aria-label={`Unit, line ${n}`}
                        value={line.unit}
                        onChange={(event) => isUnit(event.target.value) && setLine(index, { unit: event.target.value })}
                      >
                        {LINE_UNITS.map((unit) => (
                          <option key={unit} value={unit}>
                            {UNIT_WORDS[unit]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="num">
                      <LineInput
                        {...cell('quantity')}
                        label={`Quantity, line ${n}`}
                        inputMode="decimal"
                        value={line.quantity}
                        onChange={(value) => setLine(index, { quantity: value })}
                      />
                    </td>
                    <td className="num">
                      <LineInput
                        {...cell('unitPrice')}
                        label={`Unit price, line ${n}`}
                        inputMode="decimal"
                        value={line.unitPrice}
                        onChange={(value) => setLine(index, { unitPrice: value })}
                      />
                    </td>
                    {taxable ? (
                      <td>
                        <TaxChoices
                          line={line}
                          n={n}
                          choices={taxChoices(taxRates, line)}
                          idPrefix={form.id(`line-${line.id}-tax`)}
                          onChange={(taxKeys) => setLine(index, { taxKeys })}
                        />
                      </td>
                    ) : null}
                    <td className="num invoice-line-amount">
                      {totals ? formatAmount(totals.lines[index]?.amount ?? 0, currency) : NONE}
                    </td>
                    <td>
                      <IconButton label={`Remove line ${n}`} icon={<TrashIcon />} onClick={() => removeLine(index)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <div className="invoice-lines-actions">
          {taxable ? null : <p className="muted">No tax applies: tax rates are added in Settings, Invoices.</p>}
          <Button onClick={addLine}>
            <PlusIcon />
            Add line
          </Button>
        </div>
      </section>

      <section className="card invoice-section invoice-summary" aria-labelledby="invoice-totals-heading">
        <h2 id="invoice-totals-heading">Totals</h2>
        <div className="invoice-summary-body">
          <TextField
            label="Discount (%)"
            inputMode="decimal"
            className="invoice-discount"
            {...form.field('discount', { error: 'discountBasisPoints' })}
          />
          {totals ? (
            <TotalsTable
              totals={totals}
              discountBasisPoints={previewLines(values, currency, taxRates)?.discountBasisPoints ?? 0}
              currency={currency}
            />
          ) : (
            <p className="muted">The totals show once every quantity, price and the discount read as numbers.</p>
          )}
        </div>
        <div className="invoice-save-bar">
          {dirty ? <span className="muted">Unsaved changes</span> : <span className="muted">Saved</span>}
          <Button variant="primary" type="submit" disabled={form.submitting || !dirty}>
            Save draft
          </Button>
        </div>
      </section>
    </form>
  );
}

interface LineInputProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  inputMode?: 'decimal';
  /** a text area that grows with its text (a description may run long or over several lines) */
  multiline?: boolean;
}

/** A cell's input, named for screen readers, with its message under it. */
function LineInput({ id, label, value, error, onChange, inputMode, multiline = false }: LineInputProps) {
  const control = {
    id,
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    value,
  };
  return (
    <>
      {multiline ? (
        <textarea {...control} className="input invoice-line-text" rows={1} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...control} className="input" inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

interface TaxChoicesProps {
  line: LineValues;
  n: number;
  choices: readonly { rateBasisPoints: number; note: string }[];
  idPrefix: string;
  onChange: (taxKeys: string[]) => void;
}

function TaxChoices({ line, n, choices, idPrefix, onChange }: TaxChoicesProps) {
  if (choices.length === 0) return <span className="muted">{NONE}</span>;
  return (
    <fieldset className="invoice-line-taxes">
      <legend className="visually-hidden">Taxes, line {n}</legend>
      {choices.map((tax, at) => {
        const key = taxKey(tax);
        return (
          <label key={key} htmlFor={`${idPrefix}-${at}`} className="invoice-tax-choice">
            <input
              id={`${idPrefix}-${at}`}
              type="checkbox"
              checked={line.taxKeys.includes(key)}
              onChange={(event) =>
                onChange(event.target.checked ? [...line.taxKeys, key] : line.taxKeys.filter((other) => other !== key))
              }
            />
            {taxLabel(tax)}
          </label>
        );
      })}
    </fieldset>
  );
}
