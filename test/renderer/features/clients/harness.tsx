import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster } from '../../../../src/renderer/src/components/ui/toaster';
import { db } from '../../../../src/renderer/src/db/db';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { ClientsScreen } from '../../../../src/renderer/src/features/clients/clients-screen';
import { useLocation } from '../../../../src/renderer/src/stores/router';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';

// The Clients screen as the app mounts it: params from the hash route, toasts shown.
function RoutedClients() {
  const location = useLocation();
  return (
    <>
      <ClientsScreen params={location.params} />
      <Toaster />
    </>
  );
}

/** An empty app database and no toasts: call first, then seed, then render. */
export async function resetApp(): Promise<void> {
  await db.delete();
  await db.open();
  useToastStore.setState({ toasts: [] });
}

/** The screen at `hash` on whatever the database holds. */
export function renderClients(hash = '#/clients') {
  window.location.hash = hash;
  const user = userEvent.setup();
  const view = render(<RoutedClients />);
  return { user, ...view };
}

/** An active project 'WEB Website' of the client at 120.00/h with 90 minutes logged on 2026-03-02 (€180.00). */
export async function seedActiveWebsite(clientId: string) {
  const web = await projectsRepo(db).createProject({
    clientId,
    name: 'Website',
    code: 'WEB',
    billing: 'time_and_materials',
    defaultRate: 12_000,
    status: 'active',
  });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-02', minutes: 90 });
  return web;
}
