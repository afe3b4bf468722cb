import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../../src/renderer/src/domain/model/settings';
import { fieldErrorsOf } from '../../../../src/renderer/src/domain/validation';

describe('settings: invoices', () => {
  it('defaults to the {YYYY}-{seq:4} pattern, net 30, no tax rates and no address or bank details', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      invoiceNumberPattern: '{YYYY}-{seq:4}',
      paymentTermsDays: 30,
      taxRates: [],
      agencyAddress: '',
      bankDetails: '',
    });
  });

  it('reads a settings record saved before invoices existed, with the invoice defaults', () => {
    const old = { id: 'settings', agencyName: 'Studio Nord', homeCurrency: 'EUR', defaultRate: 12_000, glossary: [], theme: 'dark' };
    const read = settingsSchema.parse(old);
    expect(read).toMatchObject({ agencyName: 'Studio Nord', defaultRate: 12_000, theme: 'dark' });
    expect(read).toMatchObject({ invoiceNumberPattern: '{YYYY}-{seq:4}', paymentTermsDays: 30, taxRates: [], agencyAddress: '', bankDetails: '' });
  });

  it('keeps valid invoice settings, trimmed', () => {
    const read = settingsSchema.parse({
      invoiceNumberPattern: ' INV-{YY}{MM}-{seq:3} ',
      paymentTermsDays: 14,
      taxRates: [
        { rateBasisPoints: 1900, note: 'VAT' },
        { rateBasisPoints: 0, note: 'Reverse charge' },
      ],
      agencyAddress: 'Studio Nord\nHafenstraße 1\n20457 Hamburg',
      bankDetails: 'IBAN DE89 3704 0044 0532 0130 00',
    });
    expect(read.invoiceNumberPattern).toBe('INV-{YY}{MM}-{seq:3}');
    expect(read.taxRates).toEqual([
      { rateBasisPoints: 1900, note: 'VAT' },
      { rateBasisPoints: 0, note: 'Reverse charge' },
    ]);
    expect(read.agencyAddress).toBe('Studio Nord\nHafenstraße 1\n20457 Hamburg');
  });

  it('refuses a pattern without {seq}, terms outside 0–365 days and the same tax twice', () => {
    expect(fieldErrorsOf(settingsSchema, { invoiceNumberPattern: 'INV-{YYYY}' })).toEqual({
      invoiceNumberPattern: 'The number pattern must contain {seq}, the running number (for example {YYYY}-{seq:4})',
    });
    expect(fieldErrorsOf(settingsSchema, { invoiceNumberPattern: '' })).toEqual({
      invoiceNumberPattern: 'The number pattern is empty: try {YYYY}-{seq:4}',
    });
    expect(fieldErrorsOf(settingsSchema, { paymentTermsDays: 366 })).toEqual({
      paymentTermsDays: 'Payment terms must be a whole number from 0 to 365',
    });
    expect(fieldErrorsOf(settingsSchema, { paymentTermsDays: 7.5 })).toEqual({
      paymentTermsDays: 'Payment terms must be a whole number from 0 to 365',
    });
    expect(
      fieldErrorsOf(settingsSchema, {
        taxRates: [
          { rateBasisPoints: 2000, note: 'VAT' },
          { rateBasisPoints: 2000, note: 'VAT' },
        ],
      }),
    ).toEqual({ 'taxRates.1.rateBasisPoints': 'This tax rate is already in the list' });
    expect(fieldErrorsOf(settingsSchema, { taxRates: [{ rateBasisPoints: 10_001, note: 'VAT' }] })).toEqual({
      'taxRates.0.rateBasisPoints': 'Tax rate must be from 0 % to 100 %, in steps of 0.01 %',
    });
  });

  it('marks at most one tax rate as the default, and a rate saved without the flag is not the default', () => {
    const read = settingsSchema.parse({
      taxRates: [
        { rateBasisPoints: 2000, note: 'VAT', isDefault: true },
        { rateBasisPoints: 0, note: 'Reverse charge' },
      ],
    });
    expect(read.taxRates.map((rate) => rate.isDefault === true)).toEqual([true, false]);
    expect(
      fieldErrorsOf(settingsSchema, {
        taxRates: [
          { rateBasisPoints: 2000, note: 'VAT', isDefault: true },
          { rateBasisPoints: 0, note: 'Reverse charge', isDefault: true },
        ],
      }),
    ).toEqual({ taxRates: 'Only one tax rate can be the default' });
  });
});
