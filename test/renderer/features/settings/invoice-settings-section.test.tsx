import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { clientSchema } from '../../../../src/renderer/src/domain/model/client';
import { invoiceSchema } from '../../../../src/renderer/src/domain/model/invoice';
import { SettingsScreen } from '../../../../src/renderer/src/features/settings/settings-screen';
import { renderApp, resetApp } from '../../../support/render-app';

// Settings → Invoices: the number pattern with the next number it gives, payment terms, tax rates
// (one may be the default), the agency's address, bank details and logo. Today is 2026-11-04 (frozen
// below), so {YYYY} is 2026.

// Today is frozen at 4 November 2026, 09:30 in the run's zone, whatever instant the run is pinned at
// (at 29 Feb 2028 the next number would read 2028-0001).
beforeEach(() => resetApp({ frozenAt: new Date(2026, 10, 4, 9, 30) }));

const card = () => screen.getByRole('region', { name: 'Invoices' });
const saved = () => settingsRepo(db).get();

async function renderSection() {
  const { user } = renderApp(<SettingsScreen />);
  await screen.findByRole('region', { name: 'Invoices' });
  return user;
}

async function seedVoidInvoice(number: string) {
  const client = clientSchema.parse({ name: 'Acme', currency: 'EUR' });
  await db.clients.put(client);
  await db.invoices.put(
    invoiceSchema.parse({
      clientId: client.id,
      number,
      status: 'void',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      currency: 'EUR',
    }),
  );
}

describe('Settings → Invoices', () => {
  it('previews the next number as the pattern is typed, and says what is wrong with a pattern', async () => {
    await seedVoidInvoice('2026-0007');
    const user = await renderSection();
    const pattern = within(card()).getByLabelText('Invoice number pattern');
    expect(pattern).toHaveValue('{YYYY}-{seq:4}');
    // 2026-0007 is the highest number given this year (a void invoice keeps its number): next is 0007 + 1
    expect(await within(card()).findByText(/^Next invoice: 2026-0008\./)).toBeInTheDocument();

    await user.clear(pattern);
    await user.type(pattern, 'INV-{{YYYY');
    expect(within(card()).getByText('The number pattern has a “{” without its “}”')).toBeInTheDocument();
    expect(pattern).toHaveAttribute('aria-invalid', 'true');

    await user.clear(pattern);
    await user.type(pattern, 'INV-{{seq:3}');
    // another scope: 2026-0007 is not an INV- number, so the sequence starts at 1, padded to 3 digits
    expect(within(card()).getByText(/^Next invoice: INV-001\./)).toBeInTheDocument();

    await user.clear(pattern);
    await user.type(pattern, '{{YYYY}');
    expect(
      within(card()).getByText('The number pattern must contain {seq}, the running number (for example {YYYY}-{seq:4})'),
    ).toBeInTheDocument();
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));
    expect((await saved()).invoiceNumberPattern).toBe('{YYYY}-{seq:4}');
  });

  it('saves payment terms, tax rates with a default, the address and the bank details', async () => {
    const user = await renderSection();
    expect(within(card()).getByText(/No tax rates yet/)).toBeInTheDocument();
    await user.click(within(card()).getByRole('button', { name: 'Add tax rate' }));
    await user.click(within(card()).getByRole('button', { name: 'Add tax rate' }));
    await user.click(within(card()).getByRole('button', { name: 'Add tax rate' }));
    await user.type(within(card()).getByLabelText('Tax rate 1: rate in %'), '20');
    await user.type(within(card()).getByLabelText('Tax rate 1: note'), 'VAT');
    await user.type(within(card()).getByLabelText('Tax rate 2: rate in %'), '0 %');
    await user.type(within(card()).getByLabelText('Tax rate 2: note'), 'Reverse charge: VAT due by the customer');
    await user.click(within(card()).getByRole('radio', { name: 'Tax rate 1 is the default for new lines' }));
    // the third row stays empty and is left out
    const terms = within(card()).getByLabelText('Payment terms (days)');
    await user.clear(terms);
    await user.type(terms, '14');
    await user.type(within(card()).getByLabelText('Agency address'), 'Studio Nord{Enter}Hafenstraße 1{Enter}20457 Hamburg');
    await user.type(within(card()).getByLabelText('Bank details'), 'IBAN DE89 3704 0044 0532 0130 00');
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));

    await waitFor(async () => expect((await saved()).paymentTermsDays).toBe(14));
    const settings = await saved();
    expect(settings.taxRates).toEqual([
      { rateBasisPoints: 2000, note: 'VAT', isDefault: true }, // 20 % = 2000 basis points
      { rateBasisPoints: 0, note: 'Reverse charge: VAT due by the customer' },
    ]);
    expect(settings.agencyAddress).toBe('Studio Nord\nHafenstraße 1\n20457 Hamburg');
    expect(settings.bankDetails).toBe('IBAN DE89 3704 0044 0532 0130 00');
    expect(await screen.findByText('Invoice settings saved')).toBeInTheDocument();
  });

  it('shows each unreadable field’s message and saves nothing', async () => {
    await settingsRepo(db).update({ taxRates: [{ rateBasisPoints: 2000, note: 'VAT' }] });
    const user = await renderSection();
    expect(within(card()).getByLabelText('Tax rate 1: rate in %')).toHaveValue('20');
    await user.click(within(card()).getByRole('button', { name: 'Add tax rate' }));
    await user.type(within(card()).getByLabelText('Tax rate 2: rate in %'), '20');
    await user.type(within(card()).getByLabelText('Tax rate 2: note'), 'VAT');
    await user.click(within(card()).getByRole('button', { name: 'Add tax rate' }));
    await user.type(within(card()).getByLabelText('Tax rate 3: rate in %'), '7.125');
    const terms = within(card()).getByLabelText('Payment terms (days)');
    await user.clear(terms);
    await user.type(terms, 'net 30');
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));

    expect(await within(card()).findByText('This tax rate is already in the list')).toBeInTheDocument();
    expect(within(card()).getByText('Use at most 2 decimals in a percentage')).toBeInTheDocument();
    expect(within(card()).getByText('Payment terms must be a whole number from 0 to 365')).toBeInTheDocument();
    expect(within(card()).getByLabelText('Tax rate 2: rate in %')).toHaveAttribute('aria-invalid', 'true');
    const settings = await saved();
    expect(settings.paymentTermsDays).toBe(30);
    expect(settings.taxRates).toEqual([{ rateBasisPoints: 2000, note: 'VAT' }]);

    // removing the repeated rate and fixing the rest saves
    await user.click(within(card()).getByRole('button', { name: 'Remove tax rate 2' }));
    await user.click(within(card()).getByRole('button', { name: 'Remove tax rate 2' }));
    await user.clear(terms);
    await user.type(terms, '30');
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));
    expect(await screen.findByText('Invoice settings saved')).toBeInTheDocument();
    expect((await saved()).taxRates).toEqual([{ rateBasisPoints: 2000, note: 'VAT' }]);
  });

  it('takes a logo image, refuses one too large, and removes it', async () => {
    const user = await renderSection();
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'logo.png', { type: 'image/png' });
    await user.upload(within(card()).getByLabelText('Choose a logo'), png);
    expect(await within(card()).findByRole('img', { name: 'Your logo' })).toBeInTheDocument();
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));
    // 7 bytes in base64 are 12 characters: iVBORwECAw==
    await waitFor(async () => expect((await saved()).logo).toBe('data:image/png;base64,iVBORwECAw=='));

    // 400,000 bytes are 533,336 base64 characters, past the 500,000 Settings keeps
    const large = new File([new Uint8Array(400_000)], 'big.png', { type: 'image/png' });
    await user.upload(within(card()).getByLabelText('Replace the logo'), large);
    expect(await within(card()).findByText('The logo must be at most about 360 KB: choose a smaller image')).toBeInTheDocument();
    expect(within(card()).getByRole('img', { name: 'Your logo' })).toHaveAttribute('src', 'data:image/png;base64,iVBORwECAw==');

    await user.click(within(card()).getByRole('button', { name: 'Remove logo' }));
    expect(within(card()).getByText('No logo')).toBeInTheDocument();
    await user.click(within(card()).getByRole('button', { name: 'Save invoice settings' }));
    await waitFor(async () => expect((await saved()).logo).toBeUndefined());
  });
});
