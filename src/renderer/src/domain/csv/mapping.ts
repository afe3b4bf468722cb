import type { CsvEntry } from './types';

// Which Tandem client and project each name in the file becomes. By default a name matches an
// existing record with the same name (ignoring case and spaces) and is created otherwise; the
// user can point any name at another existing record. Pure: the caller passes the records.

export const NO_CLIENT_NAME = 'No client';
export const NO_PROJECT_NAME = 'No project';

export interface ExistingClient {
  id: string;
  name: string;
  currency: string;
}

export interface ExistingProject {
  id: string;
  name: string;
  clientId: string;
  code: string;
}

export type Target = { kind: 'new' } | { kind: 'existing'; id: string };

export interface ClientName {
  key: string;
  /** the name shown and used when created ('No client' for rows without one) */
  name: string;
  entryCount: number;
  /** the currency most of its rows state, if any */
  currency: string | undefined;
}

export interface ProjectName {
  key: string;
  clientKey: string;
  name: string;
  entryCount: number;
  minutes: number;
  /** the rate most of its rows state, used as a new project's default rate */
  rateMinor: number | undefined;
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function clientKeyOf(entry: CsvEntry): string {
  return nameKey(entry.clientName || NO_CLIENT_NAME);
}

export function projectKeyOf(entry: CsvEntry): string {
  return `${clientKeyOf(entry)}\u001f${nameKey(entry.projectName || NO_PROJECT_NAME)}`;
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

/** The distinct clients and projects named in the entries, in order of first appearance. */
export function namesInEntries(entries: readonly CsvEntry[]): { clients: ClientName[]; projects: ProjectName[] } {
  const clients = new Map<string, { name: string; entries: CsvEntry[] }>();
  const projects = new Map<string, { name: string; clientKey: string; entries: CsvEntry[] }>();
  for (const entry of entries) {
    const clientKey = clientKeyOf(entry);
    const projectKey = projectKeyOf(entry);
    if (!clients.has(clientKey)) clients.set(clientKey, { name: entry.clientName.trim() || NO_CLIENT_NAME, entries: [] });
    if (!projects.has(projectKey)) projects.set(projectKey, { name: entry.projectName.trim() || NO_PROJECT_NAME, clientKey, entries: [] });
    clients.get(clientKey)?.entries.push(entry);
    projects.get(projectKey)?.entries.push(entry);
  }
  return {
    clients: [...clients].map(([key, { name, entries: rows }]) => ({
      key,
      name,
      entryCount: rows.length,
      currency: mostCommon(rows.flatMap((row) => (row.currency ? [row.currency] : []))),
    })),
    projects: [...projects].map(([key, { name, clientKey, entries: rows }]) => ({
      key,
      clientKey,
      name,
      entryCount: rows.length,
      minutes: rows.reduce((sum, row) => sum + row.minutes, 0),
      rateMinor: mostCommon(rows.flatMap((row) => (row.rateMinor !== undefined ? [row.rateMinor] : []))),
    })),
  };
}

export function defaultClientTarget(client: ClientName, existing: readonly ExistingClient[]): Target {
  const match = existing.find((candidate) => nameKey(candidate.name) === client.key);
  return match ? { kind: 'existing', id: match.id } : { kind: 'new' };
}

/** A project matches by name within the client it goes to; under a new client it is new too. */
export function defaultProjectTarget(project: ProjectName, clientTarget: Target, existing: readonly ExistingProject[]): Target {
  if (clientTarget.kind === 'new') return { kind: 'new' };
  const projectKey = project.key.slice(project.clientKey.length + 1);
  const match = existing.find((candidate) => candidate.clientId === clientTarget.id && nameKey(candidate.name) === projectKey);
  return match ? { kind: 'existing', id: match.id } : { kind: 'new' };
}

/** A free 2–8 character project code from a name: initials of several words, else its first letters. */
export function projectCodeFor(name: string, taken: ReadonlySet<string>): string {
  const words = name.toUpperCase().normalize('NFKD').replace(/[^A-Z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  const initials = words.map((word) => word[0]).join('');
  let base = (words.length >= 2 ? initials : (words[0] ?? '')).slice(0, 6);
  if (base.length < 2) base = `${base}${(words.join('') || 'IMP').slice(base.length)}`.slice(0, 6).padEnd(2, 'X');
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) {
    const candidate = `${base.slice(0, 8 - String(n).length)}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`No free project code for ${name}`);
}

export interface Targets {
  clientTargets: Map<string, Target>;
  projectTargets: Map<string, Target>;
}

/**
 * Targets for every name: the user's choices where given, else the default match. A project
 * follows its client's target unless the user pointed the project itself somewhere.
 */
export function resolveTargets(
  names: { clients: readonly ClientName[]; projects: readonly ProjectName[] },
  existing: { clients: readonly ExistingClient[]; projects: readonly ExistingProject[] },
  choices: { clients?: ReadonlyMap<string, Target>; projects?: ReadonlyMap<string, Target> } = {},
): Targets {
  const clientTargets = new Map<string, Target>();
  for (const client of names.clients) {
    clientTargets.set(client.key, choices.clients?.get(client.key) ?? defaultClientTarget(client, existing.clients));
  }
  const projectTargets = new Map<string, Target>();
  for (const project of names.projects) {
    const clientTarget = clientTargets.get(project.clientKey) ?? { kind: 'new' };
    projectTargets.set(project.key, choices.projects?.get(project.key) ?? defaultProjectTarget(project, clientTarget, existing.projects));
  }
  return { clientTargets, projectTargets };
}
