import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { Toaster } from '../../../../src/renderer/src/components/ui/toaster';
import { db } from '../../../../src/renderer/src/db/db';
import { clientsRepo } from '../../../../src/renderer/src/db/repositories/clients-repo';
import { projectsRepo } from '../../../../src/renderer/src/db/repositories/projects-repo';
import { tasksRepo } from '../../../../src/renderer/src/db/repositories/tasks-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { UpdatesScreen } from '../../../../src/renderer/src/features/updates/updates-screen';
import { useLocation } from '../../../../src/renderer/src/stores/router';
import { useToastStore } from '../../../../src/renderer/src/stores/toast-store';

// The Updates screen as the app mounts it, on Wednesday 18 March 2026 at 10:00 (only Date is
// faked, so timers and user events run normally): the default period is 12 – 18 March.

function RoutedUpdates() {
  const location = useLocation();
  return (
    <>
      <UpdatesScreen params={location.params} />
      <Toaster />
    </>
  );
}

export async function resetApp(): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 18, 10, 0));
  await db.delete();
  await db.open();
  useToastStore.setState({ toasts: [] });
}

export function restoreClock(): void {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
}

export function renderUpdates(hash = '#/updates') {
  window.location.hash = hash;
  const user = userEvent.setup();
  return { user, ...render(<RoutedUpdates />) };
}

/**
 * Acme (EUR): WEB Website, T&M, 100h budget, 3h logged on 16 March (in the period), a task done
 * today, one waiting on the client, an estimated change request of 20h / €2,000. Globex: no
 * projects, no updates.
 */
export async function seedAcme() {
  const acme = await clientsRepo(db).create({ name: 'Acme', currency: 'EUR' });
  const globex = await clientsRepo(db).create({ name: 'Globex', currency: 'EUR' });
  const web = await projectsRepo(db).createProject({
    clientId: acme.id,
    name: 'Website',
    code: 'WEB',
    status: 'active',
    billing: 'time_and_materials',
    budgetMinutes: 6000,
    defaultRate: 10_000,
    changeRequests: [{ title: 'Extra landing page', estimateMinutes: 1200, amount: 200_000, status: 'estimated', askedAt: '2026-03-02' }],
  });
  await timeEntriesRepo(db).create({ projectId: web.id, day: '2026-03-16', minutes: 180 });
  await tasksRepo(db).create({ projectId: web.id, title: 'Home page build', status: 'done' });
  await tasksRepo(db).create({ projectId: web.id, title: 'Send logo files', status: 'waiting' });
  return { acme, globex, web };
}
