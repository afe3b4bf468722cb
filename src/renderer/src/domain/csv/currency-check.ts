import type { ExistingClient, ExistingProject, Target } from './mapping';

// Amounts are never converted: a file rate in USD must not become a EUR rate. When a row's
// currency differs from the currency of the client it lands on, its rate is left out and the
// project's own rate applies (the preview says so).

/** The currency the entries of a project will be stored in, or undefined for a client to be created. */
export function targetCurrency(
  projectTarget: Target,
  clientTarget: Target,
  clients: readonly ExistingClient[],
  projects: readonly ExistingProject[],
): string | undefined {
  const clientId =
    projectTarget.kind === 'existing'
      ? projects.find((project) => project.id === projectTarget.id)?.clientId
      : clientTarget.kind === 'existing'
        ? clientTarget.id
        : undefined;
  return clientId === undefined ? undefined : clients.find((client) => client.id === clientId)?.currency;
}

export function keepsFileRate(entryCurrency: string | undefined, storedCurrency: string | undefined): boolean {
  return entryCurrency === undefined || storedCurrency === undefined || entryCurrency === storedCurrency;
}
