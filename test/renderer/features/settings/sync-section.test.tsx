import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { SYNC_ENABLED_KEY } from '../../../../src/renderer/src/db/sync/outbox';
import { SyncSection } from '../../../../src/renderer/src/features/settings/sync-section';
import { latestToast, renderApp, resetApp } from '../../../support/render-app';

// The connected section with the replicator, the platform's sign-in and the backup replaced by records
// of their calls: what Start syncing does in which order, and what Stop syncing forgets.

const fake = vi.hoisted(() => ({
  calls: [] as string[],
  counts: { local: 0, remote: 0 },
  /** what the server answers the join check with, when it refuses (an HTTP status) */
  refusal: null as number | null,
}));

vi.mock('../../../../src/renderer/src/db/sync/replicator', () => ({
  onStatus: (listener: (status: unknown) => void) => {
    listener({ state: 'off', message: '', lastSyncedAt: null, pending: 0, progress: null });
    return () => undefined;
  },
  joinPreview: vi.fn(async (config: { url: string }) => {
    fake.calls.push(`preview ${config.url}`);
    if (fake.refusal !== null) throw Object.assign(new Error('refused'), { status: fake.refusal });
    return fake.counts;
  }),
  startSync: vi.fn(async (config: { url: string }) => {
    fake.calls.push(`start ${config.url}`);
    return { state: 'connected', message: '', lastSyncedAt: null, pending: 0, progress: null };
  }),
  stopSync: vi.fn(async () => {
    fake.calls.push('stop');
  }),
  syncNow: vi.fn(async () => undefined),
  listConflicts: vi.fn(async () => []),
  resolveConflict: vi.fn(async () => undefined),
}));
vi.mock('../../../../src/renderer/src/db/backup/backup-service', () => ({
  backUpNow: vi.fn(async (_db: unknown, reason: string) => {
    fake.calls.push(`backup ${reason}`);
  }),
}));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({
  keepsSyncPasswordSecurely: true,
  platform: {
    onMenuCommand: () => () => undefined,
    setSyncCredentials: vi.fn(async (request: { serverAddress: string; username: string; password: string }) => {
      fake.calls.push(`keep ${request.username}:${request.password}@${request.serverAddress}`);
      return { origin: request.serverAddress, username: request.username };
    }),
    forgetSyncCredentials: vi.fn(async () => {
      fake.calls.push('forget');
    }),
  },
}));

beforeEach(async () => {
  await resetApp();
  fake.calls = [];
  fake.counts = { local: 0, remote: 0 };
  fake.refusal = null;
});

async function startWith(user: ReturnType<typeof renderApp>['user']) {
  const form = await screen.findByRole('form', { name: 'Sync server' });
  await user.type(within(form).getByLabelText('Server address'), 'https://couch.example.com');
  await user.type(within(form).getByLabelText('User name'), 'ana');
  await user.type(within(form).getByLabelText('Password'), 'secret');
  await user.click(within(form).getByRole('button', { name: 'Start syncing' }));
}

describe('Settings → Sync, connected', () => {
  it('on a computer without records: keeps the sign-in, counts, and starts without asking', async () => {
    const { user } = renderApp(<SyncSection />);
    await startWith(user);
    await waitFor(() => expect(fake.calls).toHaveLength(3));
    expect(fake.calls).toEqual([
      'keep ana:secret@https://couch.example.com',
      'preview https://couch.example.com/tandem',
      'start https://couch.example.com/tandem',
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(latestToast()).toHaveTextContent('Syncing with couch.example.com');
    // The outbox records from here on (it was off: nothing is queued before Start syncing).
    expect((await db.syncState.get(SYNC_ENABLED_KEY))?.value).toBe(true);
  });

  it('on a computer with records: asks with the counts, and only after Back up and merge backs up, then starts', async () => {
    fake.counts = { local: 240, remote: 1250 };
    const { user } = renderApp(<SyncSection />);
    await startWith(user);
    const dialog = await screen.findByRole('dialog', { name: 'Merge this computer’s data with the server?' });
    expect(dialog).toHaveTextContent('On this computer240 records');
    expect(dialog).toHaveTextContent('On couch.example.com1,250 records');
    expect(fake.calls).toEqual(['keep ana:secret@https://couch.example.com', 'preview https://couch.example.com/tandem']);
    await user.click(within(dialog).getByRole('button', { name: 'Back up and merge' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fake.calls.slice(2)).toEqual(['backup before-sync', 'start https://couch.example.com/tandem']);
  });

  it('Cancel on the question starts nothing', async () => {
    fake.counts = { local: 3, remote: 0 };
    const { user } = renderApp(<SyncSection />);
    await startWith(user);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.calls).toEqual(['keep ana:secret@https://couch.example.com', 'preview https://couch.example.com/tandem']);
    expect(await db.syncState.get(SYNC_ENABLED_KEY)).toBeUndefined();
  });

  it.each([
    [401, 'Password', 'The server refused the user name or password. Check them and start syncing again.'],
    [404, 'Database', 'The server has no database by this name. Check the database name.'],
  ])('a join refused with %i: the reason shows beside %s, and nothing starts', async (status, field, reason) => {
    fake.refusal = status;
    const { user } = renderApp(<SyncSection />);
    await startWith(user);
    const form = screen.getByRole('form', { name: 'Sync server' });
    await waitFor(() => expect(within(form).getByLabelText(field)).toHaveAccessibleDescription(reason));
    expect(within(form).getByRole('alert')).toHaveTextContent(reason);
    expect(fake.calls).toEqual(['keep ana:secret@https://couch.example.com', 'preview https://couch.example.com/tandem']);
    expect(await db.syncState.get(SYNC_ENABLED_KEY)).toBeUndefined();
  });
});
