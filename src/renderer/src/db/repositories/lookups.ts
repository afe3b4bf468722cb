import { ValidationError } from '../../domain/validation';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../../domain/model/settings';
import type { Client } from '../../domain/model/client';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import type { TandemDb } from '../db';
import { RecordNotFoundError } from '../errors';

// Reads repositories share. Inside a transaction they join it (the tables must be in its scope).

export async function requireProject(db: TandemDb, id: string, field = 'projectId'): Promise<Project> {
  const project = id ? await db.projects.get(id) : undefined;
  if (!project) throw ValidationError.single(field, 'Choose a project that exists');
  return project;
}

export async function requireClient(db: TandemDb, id: string, field = 'clientId'): Promise<Client> {
  const client = id ? await db.clients.get(id) : undefined;
  if (!client) throw ValidationError.single(field, 'Choose a client that exists');
  return client;
}

/** The project with its client; the client's currency is the project's currency. */
export async function requireProjectWithClient(
  db: TandemDb,
  id: string,
  field = 'projectId',
): Promise<{ project: Project; client: Client }> {
  const project = await requireProject(db, id, field);
  const client = await db.clients.get(project.clientId);
  if (!client) throw ValidationError.single(field, 'The project’s client no longer exists');
  return { project, client };
}

/**
 * The saved settings, with the defaults for every field a record saved by an older Tandem lacks (the
 * invoice settings, for example), or the defaults when none are saved.
 */
export async function readSettings(db: TandemDb): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return stored ? { ...DEFAULT_SETTINGS, ...stored } : DEFAULT_SETTINGS;
}

/** Loads a record to change, or throws RecordNotFoundError. */
export async function mustGet<T>(what: string, id: string, get: (id: string) => Promise<T | undefined>): Promise<T> {
  const record = await get(id);
  if (record === undefined) throw new RecordNotFoundError(what, id);
  return record;
}
