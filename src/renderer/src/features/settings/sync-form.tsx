import type { FormEvent } from 'react';
import { SYNC_PASSWORD_MAX, SYNC_USERNAME_MAX, syncAddressProblem } from '@shared/sync';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { useForm } from '../../components/ui/use-form';
import type { SyncServer } from '../../db/sync/sync-server';
import type { SyncStatus } from '../../db/sync/sync-status';
import { dateTimeFormat } from '../../domain/format/formatter-cache';
import { formReader } from '../../domain/parse/form-reader';
import { SYNC_STATE_LABELS, firstSyncText } from './sync-labels';
import './sync.css';

export interface SyncSignIn extends SyncServer {
  password: string;
}

/** A CouchDB database name: lower case, starting with a letter (CouchDB's own rule). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export interface SyncFormProps {
  status: SyncStatus;
  /** what was used last, or null before sync was first set up */
  server: SyncServer | null;
  /** true on the desktop (main keeps the password with the system keychain); false in the browser (this session only) */
  passwordKeptSecurely: boolean;
  /** Start syncing: resolves when sync started, or the user chose not to; rejects with the reason it could not */
  onStart: (signIn: SyncSignIn) => Promise<void>;
  onSyncNow: () => void;
  onStop: () => void;
  /** a Sync now or Stop in progress */
  busy: boolean;
}

const lastSyncedText = (iso: string) =>
  dateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function changesWaiting(count: number): string {
  if (count === 0) return 'No changes waiting';
  return count === 1 ? '1 change waiting to go up' : `${count.toLocaleString()} changes waiting to go up`;
}

/** Settings → Sync's form and status: nothing leaves the machine before Start syncing. */
export function SyncForm({ status, server, passwordKeptSecurely, onStart, onSyncNow, onStop, busy }: SyncFormProps) {
  const form = useForm<SyncSignIn>(() => ({
    serverAddress: server?.serverAddress ?? '',
    database: server?.database ?? 'tandem',
    username: server?.username ?? '',
    password: '',
  }));
  const running = status.state !== 'off';

  async function start(event: FormEvent) {
    event.preventDefault();
    const started = await form.submit(async () => {
      const read = formReader();
      const problem = syncAddressProblem(form.values.serverAddress);
      if (problem) read.fail('serverAddress', problem);
      const database = read.text('database', form.values.database, { required: 'Enter the database’s name, such as tandem.' });
      if (database !== undefined && !DATABASE_NAME.test(database)) {
        read.fail('database', 'A database name is lower case and starts with a letter, such as tandem.');
      }
      const username = read.text('username', form.values.username, { required: 'Enter the user name.' });
      if (form.values.password === '') read.fail('password', 'Enter the password.');
      read.finish();
      await onStart({
        serverAddress: form.values.serverAddress.trim(),
        database: database ?? '',
        username: username ?? '',
        password: form.values.password,
      });
    });
    if (started) form.set('password', '');
  }

  const { progress } = status;
  return (
    <div className="sync-body">
      <dl className="sync-status" aria-label="Sync status">
        <div>
          <dt>Status</dt>
          <dd className={status.state === 'error' ? 'is-error' : undefined} data-state={status.state}>
            {SYNC_STATE_LABELS[status.state]}
            {status.message ? `: ${status.message}` : ''}
          </dd>
        </div>
        <div>
          <dt>Last synced</dt>
          <dd>{status.lastSyncedAt ? lastSyncedText(status.lastSyncedAt) : 'Never'}</dd>
        </div>
        <div>
          <dt>Changes</dt>
          <dd>{changesWaiting(status.pending)}</dd>
        </div>
      </dl>
      {progress ? (
        <div className="sync-progress">
          <label htmlFor="sync-progress">{firstSyncText(progress)}</label>
          <progress id="sync-progress" max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      ) : null}
      <form className="sync-form" onSubmit={(event) => void start(event)} noValidate aria-label="Sync server">
        <TextField
          label="Server address"
          className="sync-form-address"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://couch.example.com"
          disabled={running}
          {...form.field('serverAddress')}
          hint="https:// (or http:// only for a server on this computer: 127.0.0.1 or localhost)."
        />
        <TextField label="Database" autoComplete="off" spellCheck={false} disabled={running} {...form.field('database')} />
        <TextField
          label="User name"
          autoComplete="username"
          maxLength={SYNC_USERNAME_MAX}
          disabled={running}
          {...form.field('username')}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          maxLength={SYNC_PASSWORD_MAX}
          disabled={running}
          {...form.field('password')}
          hint={
            passwordKeptSecurely
              ? 'Kept by the system keychain, never in Tandem’s data or backups.'
              : 'Kept in this tab only: closing or reloading it forgets the password.'
          }
        />
        <div className="sync-actions">
          {running ? (
            <>
              <Button onClick={onSyncNow} disabled={busy}>
                Sync now
              </Button>
              <Button onClick={onStop} disabled={busy}>
                Stop syncing
              </Button>
            </>
          ) : (
            <Button type="submit" variant="primary" disabled={form.submitting}>
              {form.submitting ? 'Starting…' : 'Start syncing'}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
