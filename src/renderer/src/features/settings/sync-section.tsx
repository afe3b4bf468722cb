import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { errorText } from '@shared/error-text';
import { syncOrigin } from '@shared/sync';
import { backUpNow } from '../../db/backup/backup-service';
import { db } from '../../db/db';
import { disableOutbox, enableOutbox } from '../../db/sync/outbox';
import { joinPreview, listConflicts, onStatus, resolveConflict, startSync, stopSync, syncNow } from '../../db/sync/replicator';
import { SYNC_OFF, type SyncStatus, syncProblem } from '../../db/sync/sync-status';
import { dexieSyncStore } from '../../db/sync/sync-store';
import { ValidationError } from '../../domain/validation';
import { type SyncServer, alreadyJoined, readSyncServer, syncConfigFor, writeSyncServer } from '../../db/sync/sync-server';
import { keepsSyncPasswordSecurely, platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { JoinSyncDialog } from './join-sync-dialog';
import { SyncConflictsPanel } from './sync-conflicts-panel';
import { SyncForm, type SyncSignIn } from './sync-form';

/** The field a refused join points at: the password for 401, the user for 403, the database for 404, else the address. */
function joinProblemField(error: unknown): keyof SyncSignIn {
  const status = (error as { status?: number } | null)?.status;
  if (status === 401) return 'password';
  if (status === 403) return 'username';
  if (status === 404) return 'database';
  return 'serverAddress';
}

interface PendingJoin {
  server: SyncServer;
  counts: { local: number; remote: number };
}

/** Settings → Sync and Sync conflicts, connected to the replicator. */
export function SyncSection() {
  const [status, setStatus] = useState<SyncStatus>(SYNC_OFF);
  const [join, setJoin] = useState<PendingJoin | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => onStatus(setStatus), []);
  const server = useLiveQuery(() => readSyncServer(db), []);
  const conflicts = useLiveQuery(() => listConflicts(dexieSyncStore(db)), [status.lastSyncedAt]);

  async function begin(next: SyncServer) {
    await writeSyncServer(db, next);
    // From here every write is queued for upload; the first time, every record this computer holds.
    await enableOutbox(db);
    const started = await startSync(syncConfigFor(db, next));
    notify(
      started.state === 'error'
        ? `Sync stopped: ${started.message}`
        : `Syncing with ${new URL(syncOrigin(next.serverAddress)).host}`,
      undefined,
      started.state === 'error' ? 'error' : 'success',
    );
  }

  async function start(signIn: SyncSignIn) {
    const { password, ...next } = signIn;
    await platform.setSyncCredentials({ serverAddress: next.serverAddress, username: next.username, password });
    // Starting again where this computer already joined (the browser after a reload) asks nothing.
    if (await alreadyJoined(db, next)) return begin(next);
    let counts: PendingJoin['counts'];
    try {
      counts = await joinPreview(syncConfigFor(db, next));
    } catch (error) {
      // A wrong password, a missing database or no answer: the status line's plain words, shown beside
      // the field to mend (and read out), where a toast would vanish with the reason.
      throw ValidationError.single(joinProblemField(error), syncProblem(error).message);
    }
    // A computer that already holds records merges only after a backup and the user's yes.
    if (counts.local > 0) setJoin({ server: next, counts });
    else await begin(next);
  }

  async function confirmJoin(pending: PendingJoin) {
    setBusy(true);
    try {
      await backUpNow(db, 'before-sync');
      await begin(pending.server);
      setJoin(null);
    } catch (error) {
      notify(`Sync did not start: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function run(what: () => Promise<unknown>, failed: string) {
    setBusy(true);
    try {
      await what();
    } catch (error) {
      notify(`${failed}: ${errorText(error)}`, undefined, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function stop() {
    await stopSync();
    // Writes from now on stay on this computer; starting again queues every record once more.
    await disableOutbox(db);
    // Stopping forgets the password too: starting again asks for it.
    await platform.forgetSyncCredentials();
    notify('Sync stopped. Your data stays on this computer.', undefined, 'success');
  }

  return (
    <>
      <section className="card settings-card" aria-labelledby="sync-title">
        <div>
          <h2 id="sync-title">Sync</h2>
          <p className="muted">
            Keep this computer and your other devices or teammates in step through your own CouchDB server. Nothing leaves this
            computer before you press Start syncing.
          </p>
        </div>
        {server === undefined ? (
          <p className="muted">Loading…</p>
        ) : (
          <SyncForm
            status={status}
            server={server}
            passwordKeptSecurely={keepsSyncPasswordSecurely}
            onStart={start}
            onSyncNow={() => void run(syncNow, 'Sync did not run')}
            onStop={() => void run(stop, 'Sync did not stop')}
            busy={busy}
          />
        )}
        {join ? (
          <JoinSyncDialog
            counts={join.counts}
            server={new URL(syncOrigin(join.server.serverAddress)).host}
            busy={busy}
            onConfirm={() => void confirmJoin(join)}
            onCancel={() => setJoin(null)}
          />
        ) : null}
      </section>
      {conflicts && (conflicts.length > 0 || status.state !== 'off') ? (
        <SyncConflictsPanel
          conflicts={conflicts}
          onResolve={async (conflict, choice) => {
            try {
              await resolveConflict(conflict.id, choice);
              notify('Conflict resolved: every device gets this version.', undefined, 'success');
            } catch (error) {
              notify(`The conflict was not resolved: ${errorText(error)}`, undefined, 'error');
            }
          }}
        />
      ) : null}
    </>
  );
}
