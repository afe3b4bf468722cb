import { NO_CLIENT_NAME, namesInEntries, projectCodeFor, projectKeyOf } from '../../domain/csv/mapping';
import type { Target } from '../../domain/csv/mapping';
import { keepsFileRate } from '../../domain/csv/currency-check';
import type { CsvEntry, CsvSource } from '../../domain/csv/types';
import { ValidationError } from '../../domain/validation';
import type { TandemDb } from '../db';
import { importEntries } from '../repositories/entries-import';
import type { ImportRowInput } from '../repositories/entries-import';
import { clientsRepo } from '../repositories/clients-repo';
import { entryWriteTables } from '../repositories/entry-writes';
import { readSettings } from '../repositories/lookups';
import { projectsRepo } from '../repositories/projects-repo';
import { storedExternalIds } from '../queries/backups-import';
import { readClock } from '../../platform/clock';

// Commits a previewed CSV import: the clients and projects it needs, then the entries through the
// repository import, all in ONE transaction (a failure anywhere writes nothing). Rows already
// imported (same fingerprint) are left out, so importing a file twice adds nothing the second time.

export interface CsvImportPlan {
  source: CsvSource;
  fileName: string;
  entries: readonly CsvEntry[];
  /** by client key (domain/csv/mapping clientKeyOf); a key without a target is created */
  clientTargets: ReadonlyMap<string, Target>;
  /** by project key (projectKeyOf) */
  projectTargets: ReadonlyMap<string, Target>;
  /** rows of the file that could not be read; the import refuses them unless skipped on purpose */
  errorRows: number;
  skipErrorRows: boolean;
}

export interface CsvImportResult {
  imported: number;
  alreadyImported: number;
  createdClients: number;
  createdProjects: number;
}

export type CsvImportPhase = 'checking' | 'creating' | 'writing' | 'totals';

/** Where a commit is; `done` of `total` entries while writing them. */
export interface CsvImportProgress {
  phase: CsvImportPhase;
  done?: number;
  total?: number;
}

export class CsvImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvImportError';
  }
}

const MAX_NOTE = 2000;

export function noteFor(entry: CsvEntry): string {
  const parts = [entry.task, entry.description, entry.tags.length > 0 ? `Tags: ${entry.tags.join(', ')}` : ''];
  return parts.filter(Boolean).join(' · ').slice(0, MAX_NOTE);
}

export async function commitCsvImport(
  db: TandemDb,
  plan: CsvImportPlan,
  options: { now?: Date; onProgress?: (progress: CsvImportProgress) => void } = {},
): Promise<CsvImportResult> {
  if (plan.errorRows > 0 && !plan.skipErrorRows) {
    throw new CsvImportError(
      `${plan.errorRows} row${plan.errorRows === 1 ? ' has' : 's have'} errors. Fix the file, or choose to skip ${plan.errorRows === 1 ? 'that row' : 'those rows'}.`,
    );
  }
  if (plan.entries.length === 0) throw new CsvImportError('The file has no entries to import.');
  const now = options.now ?? readClock();
  const scope = [db.imports, ...entryWriteTables(db)];
  return db.transaction('rw', scope, async () => {
    options.onProgress?.({ phase: 'checking' });
    const seen = await storedExternalIds(
      db,
      plan.entries.map((entry) => entry.externalId),
    );
    // Stored rows and a row the file repeats are both left out here, once, so importEntries need not
    // look the same 50,000 ids up again inside this transaction.
    const fresh = plan.entries.filter((entry) => {
      if (seen.has(entry.externalId)) return false;
      seen.add(entry.externalId);
      return true;
    });
    const result: CsvImportResult = {
      imported: 0,
      alreadyImported: plan.entries.length - fresh.length,
      createdClients: 0,
      createdProjects: 0,
    };
    if (fresh.length === 0) return result;

    options.onProgress?.({ phase: 'creating' });
    const settings = await readSettings(db);
    const names = namesInEntries(fresh);
    const clientIds = new Map<string, string>();
    const currencies = new Map<string, string>();
    const clientIdFor = async (clientKey: string): Promise<string> => {
      const known = clientIds.get(clientKey);
      if (known) return known;
      const target = plan.clientTargets.get(clientKey) ?? { kind: 'new' };
      const name = names.clients.find((client) => client.key === clientKey);
      let id: string;
      if (target.kind === 'existing') {
        const client = await db.clients.get(target.id);
        if (!client)
          throw ValidationError.single(`clients.${clientKey}`, `Choose a client that exists for “${name?.name ?? clientKey}”`);
        id = client.id;
      } else {
        const created = await clientsRepo(db).create({
          name: name?.name ?? NO_CLIENT_NAME,
          currency: name?.currency ?? settings.homeCurrency,
        });
        result.createdClients += 1;
        id = created.id;
      }
      clientIds.set(clientKey, id);
      return id;
    };

    const takenCodes = new Set((await db.projects.orderBy('code').keys()).map(String));
    // The existing targets in two bulk reads, not two awaited reads per project (a file can name hundreds).
    const existingIds = [...plan.projectTargets.values()].flatMap((target) => (target.kind === 'existing' ? [target.id] : []));
    const existingProjects = new Map((await db.projects.bulkGet(existingIds)).flatMap((project) => (project ? [[project.id, project] as const] : [])));
    const existingClients = await db.clients.bulkGet([...existingProjects.values()].map((project) => project.clientId));
    const clientCurrencies = new Map(existingClients.flatMap((client) => (client ? [[client.id, client.currency] as const] : [])));
    const projectIds = new Map<string, string>();
    for (const project of names.projects) {
      const target = plan.projectTargets.get(project.key) ?? { kind: 'new' };
      if (target.kind === 'existing') {
        const existing = existingProjects.get(target.id);
        if (!existing)
          throw ValidationError.single(`projects.${project.key}`, `Choose a project that exists for “${project.name}”`);
        projectIds.set(project.key, existing.id);
        const currency = clientCurrencies.get(existing.clientId);
        if (currency) currencies.set(project.key, currency);
        continue;
      }
      const clientId = await clientIdFor(project.clientKey);
      const client = await db.clients.get(clientId);
      const code = projectCodeFor(project.name, takenCodes);
      takenCodes.add(code);
      const created = await projectsRepo(db).createProject({
        clientId,
        name: project.name,
        code,
        status: 'active',
        billing: 'time_and_materials',
        defaultRate:
          project.rateMinor !== undefined &&
          keepsFileRate(names.clients.find((c) => c.key === project.clientKey)?.currency, client?.currency)
            ? project.rateMinor
            : undefined,
      });
      result.createdProjects += 1;
      projectIds.set(project.key, created.id);
      if (client) currencies.set(project.key, client.currency);
    }

    options.onProgress?.({ phase: 'writing' });
    const rows = fresh.map((entry): ImportRowInput => {
      const key = projectKeyOf(entry);
      const keepRate = entry.rateMinor !== undefined && keepsFileRate(entry.currency, currencies.get(key));
      return {
        projectId: projectIds.get(key) ?? '',
        startedAt: entry.startedAt,
        day: entry.day,
        minutes: entry.minutes,
        billable: entry.billable,
        rateSnapshot: keepRate ? entry.rateMinor : undefined,
        note: noteFor(entry),
        externalId: entry.externalId,
      };
    });
    const { imported } = await importEntries(
      db,
      rows,
      {
        source: plan.source,
        fileName: plan.fileName.slice(0, 260) || 'import.csv',
        importedAt: now.toISOString(),
        rowCount: 0,
      },
      {
        skipDuplicates: false,
        onProgress: ({ step, done, total }) =>
          options.onProgress?.(step === 'entries' ? { phase: 'writing', done, total } : { phase: 'totals' }),
      },
    );
    result.imported = imported;
    return result;
  });
}
