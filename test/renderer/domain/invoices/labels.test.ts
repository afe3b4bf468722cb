import { describe, expect, it } from 'vitest';
import { AGEING_BUCKETS } from '../../../../src/renderer/src/domain/invoices/ageing';
import { AGEING_BUCKET_LABELS, INVOICE_STATE_LABELS } from '../../../../src/renderer/src/domain/invoices/labels';
import { INVOICE_STATES } from '../../../../src/renderer/src/domain/invoices/status';

describe('invoice labels', () => {
  it('names every state and bucket in plain words', () => {
    expect(INVOICE_STATES.map((state) => INVOICE_STATE_LABELS[state])).toEqual([
      'Draft',
      'Sent',
      'Partially paid',
      'Paid',
      'Overdue',
      'Void',
    ]);
    expect(AGEING_BUCKETS.map((bucket) => AGEING_BUCKET_LABELS[bucket])).toEqual([
      'Current',
      '1–30 days overdue',
      '31–60 days overdue',
      '61–90 days overdue',
      'Over 90 days overdue',
    ]);
  });
});
