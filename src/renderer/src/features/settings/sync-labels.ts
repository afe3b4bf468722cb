import type { SyncState } from '../../db/sync/sync-status';

/** The replicator's state in words, for Settings → Sync. */
export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  off: 'Not syncing',
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline',
  error: 'Stopped by an error',
};

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
