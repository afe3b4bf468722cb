import type { CostRate } from '../../domain/model/cost-rate';
import type { Teammate } from '../../domain/model/teammate';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';

/** Teammates in name order, for the Cost rates section of Settings (a handful of rows). */
export async function listTeammates(db: TandemDb): Promise<Teammate[]> {
  const teammates = await db.teammates.toArray();
  return teammates.sort((a, b) => a.name.localeCompare(b.name));
}

/** A person's cost rates as stored now: the user's without a teammate id ([] for a teammate who is gone). */
export async function costRatesOf(db: TandemDb, teammateId?: string): Promise<CostRate[]> {
  if (teammateId === undefined) return (await readSettings(db)).costRates;
  return (await db.teammates.get(teammateId))?.costRates ?? [];
}
