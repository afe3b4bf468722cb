import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { platform } from '../../../../src/renderer/src/platform/platform';
import type { SaveFileRequest } from '../../../../src/shared/api';
import { InvoiceList } from '../../../../src/renderer/src/features/invoices/invoice-list';
import { latestToast, renderApp, resetApp, restoreDoubles, screenReady } from '../../../support/render-app';
import { TEST_DAY, seedInvoices } from './seed';

const saved: SaveFileRequest[] = [];
const text = (request: SaveFileRequest | undefined) =>
  new TextDecoder()
    .decode(request?.bytes)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

beforeEach(async () => {
  saved.length = 0;
  vi.spyOn(platform, 'saveFile').mockImplementation(async (request) => {
    saved.push(request);
    return true;
  });
  await resetApp({ frozenAt: TEST_DAY });
});
afterEach(restoreDoubles);

describe('Invoices CSV buttons', () => {
  it('save the invoices shown and their payments', async () => {
    await seedInvoices();
    const { user } = renderApp(<InvoiceList onNewInvoice={() => undefined} />);
    await screenReady('invoices');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Acme');

    await user.click(screen.getByRole('button', { name: 'Export invoices CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.suggestedName).toBe('tandem-invoices-2026-11-04.csv');
    // the draft (10 h × €120.00 + 20 % VAT = €1,440.00), 2026-0002 and 2026-0001, not Globex's
    expect(text(saved[0]).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'Number,State,Client',
      'Draft,Draft,Acme',
      '2026-0002,Sent,Acme',
      '2026-0001,Overdue,Acme',
    ]);
    expect(latestToast()).toHaveTextContent('Exported 3 invoices to tandem-invoices-2026-11-04.csv');

    await user.click(screen.getByRole('button', { name: 'Export payments CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(text(saved[1])).toEqual(['Date,Invoice,Client,Amount,Currency,Note', '2026-09-15,2026-0001,Acme,200.00,EUR,']);
  });

  it('say so when the invoices shown have no payment', async () => {
    await seedInvoices();
    const { user } = renderApp(<InvoiceList onNewInvoice={() => undefined} />);
    await screenReady('invoices');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Client' }), 'Globex');
    await user.click(screen.getByRole('button', { name: 'Export payments CSV' }));
    await waitFor(() => expect(latestToast()).toHaveTextContent('No payment is recorded on the invoices shown'));
    expect(saved).toHaveLength(0);
  });
});
