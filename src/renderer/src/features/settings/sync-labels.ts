import type { SyncState } from '../../db/sync/sync-status';

/** The replicator's state in words, for Settings → Sync. */
export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  off: 'Not syncing',
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline',
  error: 'Stopped by an error',
};

/**
 * The first sync's bar, in words. Once every record is here the sync still writes the budgets' and
 * switching figures and catches up with what changed meanwhile: a full bar says so rather than
 * looking finished.
 */
export function firstSyncText(progress: { done: number; total: number }): string {
  if (progress.done >= progress.total) return `First sync: all ${progress.total.toLocaleString()} records here, finishing…`;
  return `First sync: ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} records`;
}

/** One record of a synced table, in words ('Time entry'), for Sync conflicts. */
export const SYNC_RECORD_LABELS: Record<string, string> = {
  clients: 'Client',
  projects: 'Project',
  timeEntries: 'Time entry',
  expenses: 'Expense',
  tasks: 'Task',
  timeBlocks: 'Planned block',
  updateDrafts: 'Client update',
  teammates: 'Teammate',
  invoices: 'Invoice',
  payments: 'Payment',
  imports: 'Import',
  settings: 'Agency settings',
};
