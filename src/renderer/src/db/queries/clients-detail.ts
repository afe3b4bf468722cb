import type { Client } from '../../domain/model/client';
import type { DayKey } from '../../domain/time/day-key';
import type { CurrencyCode, Money } from '../../domain/units/money';
import type { TandemDb } from '../db';
import { listProjects } from './projects';
import type { ProjectListItem } from './projects';
import { addToCurrency, moneyList } from '../../domain/units/money';
import { spentMinor } from '../../domain/rollup-figures';

export interface ClientDetail {
  client: Client;
  /** the client's projects (archived included) with their rollup totals, ordered by code */
  projects: ProjectListItem[];
  activeProjectCount: number;
  minutes: number;
  /** time value plus expenses over all its projects, one Money per currency */
  spent: Money[];
  lastDay: DayKey | null;
}

/** A client page: the client, its projects and their sums, through the clientId index; null when there is no such client. */
export async function getClientDetail(db: TandemDb, clientId: string): Promise<ClientDetail | null> {
  const client = await db.clients.get(clientId);
  if (!client) return null;
  const projects = await listProjects(db, { clientId, includeArchived: true });
  const byCurrency = new Map<CurrencyCode, number>();
  let minutes = 0;
  let lastDay: DayKey | null = null;
  for (const { totals } of projects) {
    minutes += totals.minutes;
    addToCurrency(byCurrency, totals.currency, spentMinor(totals));
    if (totals.lastDay && (lastDay === null || totals.lastDay > lastDay)) lastDay = totals.lastDay;
  }
  const activeProjectCount = projects.filter(({ project }) => project.status === 'active').length;
  return { client, projects, activeProjectCount, minutes, spent: moneyList(byCurrency), lastDay };
}

/** How many clients exist at all (archived included): tells "no clients yet" from "none match". */
export function countClients(db: TandemDb): Promise<number> {
  return db.clients.count();
}
