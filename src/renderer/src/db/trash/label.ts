import type { TrashableTable } from '../../domain/model/trash-item';
import type { TrashBag } from './trash-records';

// The line the trash list shows: 'Project "ACME Website relaunch" with 214 time entries and 3 tasks'.

const NOUNS: Record<TrashableTable, [singular: string, plural: string]> = {
  clients: ['client', 'clients'],
  projects: ['project', 'projects'],
  timeEntries: ['time entry', 'time entries'],
  expenses: ['expense', 'expenses'],
  tasks: ['task', 'tasks'],
  timeBlocks: ['time block', 'time blocks'],
  updateDrafts: ['update draft', 'update drafts'],
  teammates: ['teammate', 'teammates'],
  timer: ['running timer', 'running timers'],
  imports: ['import', 'imports'],
  invoices: ['invoice', 'invoices'],
  payments: ['payment', 'payments'],
};

function counted(table: TrashableTable, count: number): string {
  const [singular, plural] = NOUNS[table];
  return `${count} ${count === 1 ? singular : plural}`;
}

export function trashLabel(table: TrashableTable, name: string, bag: TrashBag): string {
  const [singular] = NOUNS[table];
  const head = `${singular.charAt(0).toUpperCase()}${singular.slice(1)} “${name}”`;
  const parts = bag
    .tableNames()
    .map((other) => ({ other, count: bag.count(other) - (other === table ? 1 : 0) }))
    .filter(({ count }) => count > 0)
    .map(({ other, count }) => counted(other, count));
  if (parts.length === 0) return head;
  const last = parts.pop();
  return `${head} with ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}`;
}
