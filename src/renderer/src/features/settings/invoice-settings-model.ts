import { newId } from '../../domain/ids';
import { settingsSchema } from '../../domain/model/settings';
import type { Settings, SettingsInput, SettingsTaxRate } from '../../domain/model/settings';
import { formReader, wholeNumber } from '../../domain/parse/form-reader';
import { basisPointsToText } from '../../domain/parse/parse-percent';
import { safeLogoUrl } from '../../domain/report/escape-html';
import { fieldErrorsOf } from '../../domain/validation';
import type { FieldErrors } from '../../domain/validation';

// Settings → Invoices edits text; this reads it into the stored settings (numbers, basis points, the
// logo's data: URL) and back. Messages are keyed by the stored field's path ('taxRates.1.note'), so the
// schema's own words show beside the fields.

export interface TaxRateRow {
  /** only to tell rows apart while editing; not stored */
  key: string;
  rate: string;
  note: string;
}

export interface InvoiceSettingsDraft {
  invoiceNumberPattern: string;
  paymentTermsDays: string;
  agencyAddress: string;
  bankDetails: string;
  /** a data: URL, or '' for none */
  logo: string;
  taxRates: TaxRateRow[];
  /** the key of the default row, or '' for none */
  defaultTax: string;
}

/** The stored settings this section writes, and nothing else. */
export type InvoiceSettingsPatch = Pick<
  SettingsInput,
  'invoiceNumberPattern' | 'paymentTermsDays' | 'agencyAddress' | 'bankDetails' | 'logo' | 'taxRates'
>;

/** The largest logo Settings keeps: its data: URL may be at most 500,000 characters (about 365 KB of image). */
export const MAX_LOGO_CHARS = 500_000;

export function emptyTaxRow(): TaxRateRow {
  return { key: newId(), rate: '', note: '' };
}

export function invoiceDraftFromSettings(settings: Settings): InvoiceSettingsDraft {
  const rows = settings.taxRates.map((rate) => ({
    key: newId(),
    rate: basisPointsToText(rate.rateBasisPoints),
    note: rate.note,
  }));
  const defaultIndex = settings.taxRates.findIndex((rate) => rate.isDefault);
  return {
    invoiceNumberPattern: settings.invoiceNumberPattern,
    paymentTermsDays: String(settings.paymentTermsDays),
    agencyAddress: settings.agencyAddress,
    bankDetails: settings.bankDetails,
    logo: settings.logo ?? '',
    taxRates: rows,
    defaultTax: rows[defaultIndex]?.key ?? '',
  };
}

/** Whether two drafts hold the same settings (row keys aside). */
export function sameInvoiceDraft(a: InvoiceSettingsDraft, b: InvoiceSettingsDraft): boolean {
  const rows = (draft: InvoiceSettingsDraft) =>
    draft.taxRates.map((row) => [row.rate, row.note, row.key === draft.defaultTax && draft.defaultTax !== '']);
  return (
    a.invoiceNumberPattern === b.invoiceNumberPattern &&
    a.paymentTermsDays === b.paymentTermsDays &&
    a.agencyAddress === b.agencyAddress &&
    a.bankDetails === b.bankDetails &&
    a.logo === b.logo &&
    JSON.stringify(rows(a)) === JSON.stringify(rows(b))
  );
}

/** Why an image cannot be the logo, or null when it can. */
export function logoError(dataUrl: string): string | null {
  if (!safeLogoUrl(dataUrl)) return 'The logo must be a PNG, JPEG, GIF, WebP or SVG image';
  if (dataUrl.length > MAX_LOGO_CHARS) return 'The logo must be at most about 360 KB: choose a smaller image';
  return null;
}

/**
 * The settings to save, or the messages to show. A tax row left entirely empty is dropped; the
 * schema checks the rest (terms 0–365 days, the pattern, a rate listed twice, note length).
 */
export function readInvoiceDraft(draft: InvoiceSettingsDraft): { patch: InvoiceSettingsPatch; errors: FieldErrors } {
  const read = formReader();
  const taxRates: SettingsTaxRate[] = [];
  draft.taxRates.forEach((row, index) => {
    if (row.rate.trim() === '' && row.note.trim() === '') return;
    const rateBasisPoints = read.percent(`taxRates.${index}.rateBasisPoints`, row.rate, { required: true });
    // an unreadable rate keeps its place, so the schema's messages for later rows keep their index
    const rate = { rateBasisPoints: rateBasisPoints ?? 0, note: row.note.trim() };
    taxRates.push(row.key === draft.defaultTax ? { ...rate, isDefault: true } : rate);
  });
  const logo = draft.logo === '' ? undefined : draft.logo;
  if (logo !== undefined) {
    const problem = logoError(logo);
    if (problem) read.fail('logo', problem);
  }
  const patch: InvoiceSettingsPatch = {
    invoiceNumberPattern: draft.invoiceNumberPattern,
    paymentTermsDays: wholeNumber(draft.paymentTermsDays),
    agencyAddress: draft.agencyAddress,
    bankDetails: draft.bankDetails,
    logo,
    taxRates,
  };
  // Rows were renumbered when empty ones were dropped: the schema's messages go back to the rows shown.
  const shown = draft.taxRates.flatMap((row, index) => (row.rate.trim() === '' && row.note.trim() === '' ? [] : [index]));
  const schemaErrors: FieldErrors = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(settingsSchema, patch))) {
    const match = /^taxRates\.(\d+)\.(.+)$/.exec(path);
    schemaErrors[match ? `taxRates.${shown[Number(match[1])]}.${match[2]}` : path] = message;
  }
  return { patch, errors: { ...schemaErrors, ...read.errors } };
}
