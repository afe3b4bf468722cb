import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { describedBy } from '../../components/ui/field';
import { TextArea } from '../../components/ui/text-area';
import { TextField } from '../../components/ui/text-field';
import { useForm, type Form } from '../../components/ui/use-form';
import { db } from '../../db/db';
import { usedInvoiceNumbers } from '../../db/queries/invoice-document';
import { settingsRepo } from '../../db/repositories/settings-repo';
import { nextInvoiceNumber } from '../../domain/invoices/numbering';
import type { Settings } from '../../domain/model/settings';
import { readImageAsDataUrl } from '../../platform/image-file';
import { useToday } from '../../stores/use-clock';
import { notify } from '../../stores/toast-store';
import {
  emptyTaxRow,
  invoiceDraftFromSettings,
  logoError,
  readInvoiceDraft,
  sameInvoiceDraft,
  type InvoiceSettingsDraft,
  type TaxRateRow,
} from './invoice-settings-model';
import { errorText } from '@shared/error-text';
import './invoice-settings.css';

const LOGO_TYPES = 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml';

/** Settings → Invoices: numbering, payment terms, tax rates, and the agency's address, bank details and logo. */
export function InvoiceSettingsSection({ settings }: { settings: Settings }) {
  const today = useToday();
  const used = useLiveQuery(() => usedInvoiceNumbers(db), [], []);
  const [seen, setSeen] = useState<InvoiceSettingsDraft>(() => invoiceDraftFromSettings(settings));
  const form = useForm<InvoiceSettingsDraft>(seen, { idPrefix: 'invoice-settings' });
  const { values: draft, errors, submitting, submit, setErrors } = form;
  const stored = invoiceDraftFromSettings(settings);
  if (!sameInvoiceDraft(stored, seen)) {
    // Saved elsewhere meanwhile (the sample agency, a restore): follow it unless the user has edited this section.
    setSeen(stored);
    if (sameInvoiceDraft(draft, seen)) form.setValues(stored);
  }

  const next = nextInvoiceNumber(draft.invoiceNumberPattern, today, used);

  function setRow(key: string, patch: Partial<TaxRateRow>) {
    form.set(
      'taxRates',
      draft.taxRates.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    );
  }

  function removeRow(key: string) {
    form.setValues((current) => ({
      ...current,
      taxRates: current.taxRates.filter((row) => row.key !== key),
      defaultTax: current.defaultTax === key ? '' : current.defaultTax,
    }));
    // messages are keyed by position, which has just changed
    setErrors({});
  }

  async function pickLogo(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const dataUrl = await readImageAsDataUrl(file);
      const problem = logoError(dataUrl);
      if (problem) setErrors({ ...errors, logo: problem });
      else {
        form.set('logo', dataUrl);
        const { logo: _dropped, ...rest } = errors;
        setErrors(rest);
      }
    } catch (error) {
      setErrors({ ...errors, logo: `The image could not be read: ${errorText(error)}` });
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { patch, errors: readErrors } = readInvoiceDraft(draft);
    if (Object.keys(readErrors).length > 0) {
      setErrors(readErrors);
      return;
    }
    if (await submit(() => settingsRepo(db).update(patch))) notify('Invoice settings saved', undefined, 'success');
  }

  const patternError = errors.invoiceNumberPattern ?? (next.ok ? undefined : next.error);
  return (
    <section className="card settings-card" aria-labelledby="invoice-settings-title">
      <div>
        <h2 id="invoice-settings-title">Invoices</h2>
        <p className="muted">
          What every invoice carries. Tax rates are copied onto each invoice line, so changing them never changes an invoice
          already made; the address, bank details and logo print on every invoice you export.
        </p>
      </div>
      <form className="invoice-settings-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Invoice settings">
        <div className="form-grid">
          <TextField
            label="Invoice number pattern"
            {...form.field('invoiceNumberPattern')}
            error={patternError}
            hint={next.ok ? `Next invoice: ${next.value}. Use {YYYY}, {YY}, {MM} and {seq} or {seq:4}.` : undefined}
            spellCheck={false}
          />
          <TextField
            label="Payment terms (days)"
            inputMode="numeric"
            hint="Net days: an invoice is due this many days after it is issued"
            {...form.field('paymentTermsDays')}
          />
          <TextArea label="Agency address" rows={4} {...form.field('agencyAddress')} />
          <TextArea
            label="Bank details"
            rows={4}
            hint="Bank, IBAN, BIC: whatever your clients pay to"
            {...form.field('bankDetails')}
          />
        </div>
        <TaxRatesFieldset form={form} onChange={setRow} onRemove={removeRow} />
        <LogoField
          id={form.id('logo')}
          logo={draft.logo}
          error={errors.logo}
          onPick={(event) => void pickLogo(event)}
          onRemove={() => form.set('logo', '')}
        />
        <div className="settings-actions">
          <Button type="submit" variant="primary" disabled={submitting}>
            Save invoice settings
          </Button>
        </div>
      </form>
    </section>
  );
}

function TaxRatesFieldset({
  form,
  onChange,
  onRemove,
}: {
  form: Form<InvoiceSettingsDraft>;
  onChange: (key: string, patch: Partial<TaxRateRow>) => void;
  onRemove: (key: string) => void;
}) {
  const { values: draft, errors } = form;
  const listError = errors.taxRates;
  return (
    <fieldset className="invoice-tax-rates">
      <legend>Tax rates</legend>
      {draft.taxRates.length === 0 ? (
        <p className="muted">No tax rates yet: invoice lines carry no tax until you add one (for example 20 % VAT).</p>
      ) : (
        <table className="data-table invoice-tax-table">
          <caption className="visually-hidden">Tax rates offered on invoice lines</caption>
          <thead>
            <tr>
              <th scope="col">Rate (%)</th>
              <th scope="col">Note on the invoice</th>
              <th scope="col">Default</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.taxRates.map((row, index) => {
              const name = `Tax rate ${index + 1}`;
              const rateId = form.id(`tax-${row.key}-rate`);
              const noteId = form.id(`tax-${row.key}-note`);
              const rateError = errors[`taxRates.${index}.rateBasisPoints`];
              const noteError = errors[`taxRates.${index}.note`];
              return (
                <tr key={row.key}>
                  <td className="invoice-tax-rate">
                    <input
                      id={rateId}
                      className="input"
                      inputMode="decimal"
                      aria-label={`${name}: rate in %`}
                      aria-invalid={rateError ? true : undefined}
                      aria-describedby={describedBy(rateId, rateError)}
                      value={row.rate}
                      onChange={(event) => onChange(row.key, { rate: event.target.value })}
                    />
                    {rateError ? (
                      <p id={`${rateId}-error`} className="field-error" role="alert">
                        {rateError}
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <input
                      id={noteId}
                      className="input invoice-tax-note"
                      aria-label={`${name}: note`}
                      placeholder="VAT, Reverse charge…"
                      aria-invalid={noteError ? true : undefined}
                      aria-describedby={describedBy(noteId, noteError)}
                      value={row.note}
                      onChange={(event) => onChange(row.key, { note: event.target.value })}
                    />
                    {noteError ? (
                      <p id={`${noteId}-error`} className="field-error" role="alert">
                        {noteError}
                      </p>
                    ) : null}
                  </td>
                  <td className="invoice-tax-default">
                    <input
                      type="radio"
                      name={form.id('default-tax')}
                      aria-label={`${name} is the default for new lines`}
                      checked={draft.defaultTax === row.key}
                      onChange={() => form.set('defaultTax', row.key)}
                    />
                  </td>
                  <td className="invoice-tax-actions">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${name.toLowerCase()}`}
                      onClick={() => onRemove(row.key)}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      <div className="invoice-tax-footer">
        <Button size="sm" onClick={() => form.set('taxRates', [...draft.taxRates, emptyTaxRow()])}>
          Add tax rate
        </Button>
        {draft.taxRates.length > 0 ? (
          <label className="checkbox">
            <input
              type="radio"
              name={form.id('default-tax')}
              checked={draft.defaultTax === ''}
              onChange={() => form.set('defaultTax', '')}
            />
            No default rate
          </label>
        ) : null}
      </div>
    </fieldset>
  );
}

function LogoField({
  id,
  logo,
  error,
  onPick,
  onRemove,
}: {
  id: string;
  logo: string;
  error: string | undefined;
  onPick: (event: ChangeEvent<HTMLInputElement>) => void;
  onRemove: () => void;
}) {
  const hint = 'PNG, JPEG, GIF, WebP or SVG, up to about 360 KB; printed on invoices and status reports';
  return (
    <fieldset className="invoice-logo">
      <legend>Logo</legend>
      <div className="invoice-logo-row">
        <div className="invoice-logo-preview">
          {logo ? <img src={logo} alt="Your logo" /> : <span className="muted">No logo</span>}
        </div>
        <div className="field">
          <label htmlFor={id} className="field-label">
            {logo ? 'Replace the logo' : 'Choose a logo'}
          </label>
          <input
            id={id}
            type="file"
            accept={LOGO_TYPES}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, error, hint)}
            onChange={onPick}
          />
          {error ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : (
            <p id={`${id}-hint`} className="field-hint">
              {hint}
            </p>
          )}
        </div>
        {logo ? (
          <Button size="sm" variant="ghost" onClick={onRemove}>
            Remove logo
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
