import type { AgeingBucket } from './ageing';
import type { InvoiceState } from './status';

// The words for an invoice's derived state and the ageing buckets, as screens and reports show them.

export const INVOICE_STATE_LABELS: Readonly<Record<InvoiceState, string>> = {
  draft: 'Draft',
  sent: 'Sent',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  overdue: 'Overdue',
  void: 'Void',
};

export const AGEING_BUCKET_LABELS: Readonly<Record<AgeingBucket, string>> = {
  current: 'Current',
  days_1_30: '1–30 days overdue',
  days_31_60: '31–60 days overdue',
  days_61_90: '61–90 days overdue',
  over_90: 'Over 90 days overdue',
};
