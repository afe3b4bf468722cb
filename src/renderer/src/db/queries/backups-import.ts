import type { ExistingClient, ExistingProject } from '../../domain/csv/mapping';
import type { TandemDb } from '../db';

// Reads for the CSV import preview: the records names can be matched to (clients and projects
// are short tables), and how many rows of a file are already stored (indexed by externalId).

export async function importTargets(db: TandemDb): Promise<{ clients: ExistingClient[]; projects: ExistingProject[] }> {
  const [clients, projects] = await Promise.all([db.clients.orderBy('name').toArray(), db.projects.toArray()]);
  return {
    clients: clients.map(({ id, name, currency }) => ({ id, name, currency })),
    projects: projects
      .map(({ id, name, clientId, code }) => ({ id, name, clientId, code }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The externalIds among `ids` that stored entries already carry. */
export async function storedExternalIds(db: TandemDb, ids: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  if (ids.length === 0) return seen;
  await db.timeEntries
    .where('source.externalId')
    .anyOf([...ids])
    .each((entry) => {
      if (entry.source.externalId) seen.add(entry.source.externalId);
    });
  return seen;
}
