import type { Client } from '../../domain/model/client';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { listProjects } from './projects';
import type { ProjectListItem } from './projects';
import { addToCurrency, moneyList, toCurrencyCode } from '../../domain/units/money';
import { spentMinor, uninvoicedMinor } from '../../domain/rollup-figures';
import type { Invoice } from '../../domain/model/invoice';
import { readSettings } from '../repositories/lookups';

export interface ClientDetail {
  client: Client;
  /** the client's projects (archived included) with their rollup totals, ordered by code */
  projects: ProjectListItem[];
  activeProjectCount: number;
  minutes: number;
  /** time value plus expenses over all its projects, one Money per currency */
  spent: Money[];
  /** billable work on no sent invoice over its time-and-materials projects (as the Clients list), one Money per currency */
  uninvoiced: Money[];
  lastDay: DayKey | null;
}

/** What a client's profitability needs beside its projects: its sent invoices and the home currency. */
export interface ClientRevenueSources {
  /** the client's sent invoices: its projects' invoiced revenue */
  sentInvoices: Invoice[];
  /** cost rates are in it */
  homeCurrency: CurrencyCode;
}

/** The client's sent invoices (through the clientId index) and the home currency. */
export async function getClientRevenueSources(db: TandemDb, clientId: string): Promise<ClientRevenueSources> {
  const [invoices, settings] = await Promise.all([db.invoices.where('clientId').equals(clientId).toArray(), readSettings(db)]);
  return {
    sentInvoices: invoices.filter((invoice) => invoice.status === 'sent'),
    homeCurrency: toCurrencyCode(settings.homeCurrency),
  };
}

/** A client page: the client, its projects and their sums, through the clientId index; null when there is no such client. */
export async function getClientDetail(db: TandemDb, clientId: string): Promise<ClientDetail | null> {
  const client = await db.clients.get(clientId);
  if (!client) return null;
  const projects = await listProjects(db, { clientId, includeArchived: true });
  const byCurrency = new Map<CurrencyCode, number>();
  const uninvoiced = new Map<CurrencyCode, number>();
  let minutes = 0;
  let lastDay: DayKey | null = null;
  for (const { project, totals } of projects) {
    minutes += totals.minutes;
    addToCurrency(byCurrency, totals.currency, spentMinor(totals));
    if (project.billing === 'time_and_materials' && totals.currency !== null) {
      uninvoiced.set(totals.currency, (uninvoiced.get(totals.currency) ?? 0) + uninvoicedMinor(totals));
    }
    if (totals.lastDay && (lastDay === null || totals.lastDay > lastDay)) lastDay = totals.lastDay;
  }
  const activeProjectCount = projects.filter(({ project }) => project.status === 'active').length;
  return {
    client,
    projects,
    activeProjectCount,
    minutes,
    spent: moneyList(byCurrency),
    uninvoiced: moneyList(uninvoiced),
    lastDay,
  };
}

/** How many clients exist at all (archived included): tells "no clients yet" from "none match". */
export function countClients(db: TandemDb): Promise<number> {
  return db.clients.count();
}
