import { IPC_INVOKE } from '@shared/ipc';
import { handle } from './handle';
import type { SyncCredentialStore } from '../services/sync/sync-credentials';
import type { SyncProxy } from '../services/sync/sync-proxy';

/** Sync: main keeps the sign-in (password by safeStorage) and sends the replicator's requests to that origin only. */
export function registerSyncHandlers(credentials: SyncCredentialStore, proxy: SyncProxy): void {
  handle(IPC_INVOKE.setSyncCredentials, (request) => credentials.set(request));
  handle(IPC_INVOKE.readSyncCredentials, () => credentials.read());
  handle(IPC_INVOKE.forgetSyncCredentials, () => credentials.forget());
  handle(IPC_INVOKE.syncRequest, (request) => proxy.request(request));
}
