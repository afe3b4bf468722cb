import type { Client } from '../../domain/model/client';
import type { TandemDb } from '../db';

// Small reads the Projects screen needs beside listProjects / getProjectDetail.

/**
 * Clients for the Projects screen's pickers (filter and project form), in name order. Reads the
 * clients table only (no projects or totals): a picker needs names and currencies.
 */
export function listClientOptions(db: TandemDb): Promise<Client[]> {
  return db.clients.orderBy('name').toArray();
}

/** How many projects exist at all (archived included), to tell "none yet" from "none match". */
export function countProjects(db: TandemDb): Promise<number> {
  return db.projects.count();
}
