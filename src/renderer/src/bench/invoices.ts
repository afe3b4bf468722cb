import { db } from '../db/db';
import { monthStart } from '../db/generator/invoice-records';
import { invoicesRepo } from '../db/repositories/invoices-repo';
import { addDays, dayKeyOf } from '../domain/time/day-key';
import { readClock } from '../platform/clock';
import { projectDaysBetween } from '../db/rollup-store';

// Creating an invoice from a month of work, as the New invoice dialog does: the month just ended
// (which the scale dataset leaves unbilled, drafts aside) of the client with the most billable time
// in it, every billable project of that client with billable time that month (time and materials
// bill the hours, a retainer its allowance and overage, a fixed fee its fee).

export interface InvoiceFromWorkRuns {
  client: string;
  from: string;
  to: string;
  projects: number;
  /** time entries and lines on the draft created */
  entries: number;
  lines: number;
  runs: number[];
}

export async function invoiceFromMonth(runs: number): Promise<InvoiceFromWorkRuns> {
  const today = dayKeyOf(readClock());
  const to = addDays(monthStart(today), -1);
  const from = monthStart(to);
  const days = await projectDaysBetween(db, from, to);
  const minutes = new Map<string, number>();
  for (const day of days)
    if (day.billableMinutes > 0) minutes.set(day.projectId, (minutes.get(day.projectId) ?? 0) + day.billableMinutes);
  const projects = (await db.projects.bulkGet([...minutes.keys()])).filter(
    (project) => project !== undefined && project.billing !== 'non_billable',
  );
  // Largest by time billed as time (time and materials); a month with none falls back to all billable time.
  const byClient = new Map<string, { timeMinutes: number; minutes: number; projectIds: string[] }>();
  for (const project of projects) {
    if (!project) continue;
    const client = byClient.get(project.clientId) ?? { timeMinutes: 0, minutes: 0, projectIds: [] };
    const logged = minutes.get(project.id) ?? 0;
    client.minutes += logged;
    if (project.billing === 'time_and_materials') client.timeMinutes += logged;
    client.projectIds.push(project.id);
    byClient.set(project.clientId, client);
  }
  if (byClient.size === 0) throw new Error(`No client has billable time from ${from} to ${to}: generate the scale dataset again`);
  const size = (item: { timeMinutes: number; minutes: number }) => item.timeMinutes * 1e9 + item.minutes;
  const [clientId, largest] = [...byClient].reduce((best, item) => (size(item[1]) > size(best[1]) ? item : best));
  const client = await db.clients.get(clientId);
  const repo = invoicesRepo(db);
  const result: InvoiceFromWorkRuns = {
    client: client?.name ?? clientId,
    from,
    to,
    projects: largest.projectIds.length,
    entries: 0,
    lines: 0,
    runs: [],
  };
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const draft = await repo.createFromWork({
      clientId,
      from,
      to,
      projectIds: largest.projectIds,
      grouping: 'project',
      issueDate: today,
    });
    result.runs.push(performance.now() - started);
    result.entries = draft.lines.reduce((sum, line) => sum + line.timeEntryIds.length, 0);
    result.lines = draft.lines.length;
    // Outside the timing, and in the benchmark's throwaway copy: each run starts from the same data.
    await db.invoices.delete(draft.id);
  }
  return result;
}
