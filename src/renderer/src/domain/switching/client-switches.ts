// Client switches are counted from a day's project runs with the current project → client map:
// consecutive entries on one project always share its client, so counting client changes between
// consecutive runs equals counting them between consecutive entries. Keeping clients out of the
// stored rollup means moving a project to another client needs no rollup rewrite.

/** The client of a project id; undefined when the project is unknown (its own key then). */
export type ClientOf = (projectId: string) => string | undefined;

export interface ClientFigures {
  clientSwitches: number;
  clientIds: Set<string>;
}

function clientKey(projectId: string, clientOf: ClientOf): string {
  return clientOf(projectId) ?? `project:${projectId}`;
}

/** `personStarts`: in several people's runs summed, where each later person begins (no switch is counted there). */
export function clientFigures(projectRuns: readonly string[], clientOf: ClientOf, personStarts: readonly number[] = []): ClientFigures {
  const clientIds = new Set<string>();
  const starts = new Set(personStarts);
  let clientSwitches = 0;
  let previous: string | undefined;
  for (const [index, projectId] of projectRuns.entries()) {
    if (starts.has(index)) previous = undefined;
    const key = clientKey(projectId, clientOf);
    clientIds.add(key);
    if (previous !== undefined && previous !== key) clientSwitches += 1;
    previous = key;
  }
  return { clientSwitches, clientIds };
}

/** A ClientOf over a list of projects. */
export function clientLookup(projects: Iterable<{ id: string; clientId: string }>): ClientOf {
  const map = new Map<string, string>();
  for (const project of projects) map.set(project.id, project.clientId);
  return (projectId) => map.get(projectId);
}
