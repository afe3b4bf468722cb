import type { Client } from '../../domain/model/client';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { addToCurrency, moneyList } from '../../domain/units/money';
import { spentMinor, uninvoicedMinor } from '../../domain/rollup-figures';

export interface ClientWithTotals {
  client: Client;
  projectCount: number;
  activeProjectCount: number;
  minutes: number;
  billableMinutes: number;
  /** time value plus expenses, one Money per currency (normally just the client's) */
  spent: Money[];
  /**
   * billable time and expenses on no sent invoice, summed over the client's time-and-materials
   * projects' rollup rows, one Money per currency; empty when it has no such project with work logged
   */
  uninvoiced: Money[];
  lastDay: DayKey | null;
}

function matches(client: Client, needle: string): boolean {
  if (needle === '') return true;
  const haystack = [client.name, client.owner, ...client.contacts.flatMap((contact) => [contact.name, contact.email])];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}

/**
 * The Clients list: clients in name order with their totals, read from the rollups (one row per
 * project), never from the entries. `search` matches name, owner and contacts, case-insensitively.
 */
export async function listClientsWithTotals(
  db: TandemDb,
  options: { search?: string; includeArchived?: boolean } = {},
): Promise<ClientWithTotals[]> {
  const needle = (options.search ?? '').trim().toLowerCase();
  const [clients, projects, totals] = await Promise.all([
    db.clients.orderBy('name').toArray(),
    db.projects.toArray(),
    db.projectTotals.toArray(),
  ]);
  const totalsByProject = new Map(totals.map((row) => [row.projectId, row]));
  const rows = new Map<
    string,
    ClientWithTotals & { byCurrency: Map<CurrencyCode, number>; uninvoicedByCurrency: Map<CurrencyCode, number> }
  >();
  for (const client of clients) {
    if ((!options.includeArchived && client.archived) || !matches(client, needle)) continue;
    rows.set(client.id, {
      client,
      projectCount: 0,
      activeProjectCount: 0,
      minutes: 0,
      billableMinutes: 0,
      spent: [],
      uninvoiced: [],
      lastDay: null,
      byCurrency: new Map(),
      uninvoicedByCurrency: new Map(),
    });
  }
  for (const project of projects) {
    const row = rows.get(project.clientId);
    if (!row) continue;
    row.projectCount += 1;
    if (project.status === 'active') row.activeProjectCount += 1;
    const total = totalsByProject.get(project.id);
    if (!total) continue;
    row.minutes += total.minutes;
    row.billableMinutes += total.billableMinutes;
    addToCurrency(row.byCurrency, total.currency, spentMinor(total));
    // kept at 0 too: a client whose time is all invoiced reads 0.00, not "nothing to bill by the hour"
    if (project.billing === 'time_and_materials' && total.currency !== null) {
      row.uninvoicedByCurrency.set(total.currency, (row.uninvoicedByCurrency.get(total.currency) ?? 0) + uninvoicedMinor(total));
    }
    if (total.lastDay && (row.lastDay === null || total.lastDay > row.lastDay)) row.lastDay = total.lastDay;
  }
  return [...rows.values()].map(({ byCurrency, uninvoicedByCurrency, ...row }) => ({
    ...row,
    spent: moneyList(byCurrency),
    uninvoiced: moneyList(uninvoicedByCurrency),
  }));
}
