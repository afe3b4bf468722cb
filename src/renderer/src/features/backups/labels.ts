import type { BackupReason } from '@shared/api';

// Words for what backups and restores hold, shared by the lists and the previews.

export const TABLE_LABELS: Record<string, string> = {
  clients: 'Clients',
  projects: 'Projects',
  timeEntries: 'Time entries',
  expenses: 'Expenses',
  tasks: 'Tasks',
  timeBlocks: 'Planned blocks',
  updateDrafts: 'Client updates',
  teammates: 'Teammates',
  invoices: 'Invoices',
  payments: 'Payments',
  imports: 'Imports',
  trash: 'Items in the trash',
};

/** Tables shown in previews, in this order (settings and the running timer are always one row). */
export const PREVIEW_TABLES = Object.keys(TABLE_LABELS);

export const REASON_LABELS: Record<BackupReason, string> = {
  startup: 'At start-up',
  interval: 'Automatic',
  manual: 'Backed up by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-sync': 'Before joining sync',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** '8 clients · 20 projects · 2,345 time entries' */
export function countsSummary(counts: Readonly<Record<string, number>>): string {
  const parts = [
    [counts.clients, 'client', 'clients'],
    [counts.projects, 'project', 'projects'],
    [counts.timeEntries, 'time entry', 'time entries'],
  ] as const;
  return parts.map(([count = 0, one, many]) => `${count.toLocaleString()} ${count === 1 ? one : many}`).join(' · ');
}

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
