import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { basicAuthorization, syncOrigin } from '@shared/sync';
import type { SyncCredentialsRequest, SyncCredentialsSummary } from '@shared/sync';
import { writeFileAtomicSync } from '../atomic-write';

// The sync server's sign-in, kept by main. The password is encrypted with Electron's safeStorage (the
// system keychain: Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) and only
// its ciphertext is written, to sync-credentials.json in the user data folder. It is never sent back to
// the renderer, never logged, and never in IndexedDB, so no backup or export can hold it: main adds the
// Authorization header to the replicator's requests itself (see sync-proxy.ts).

/** What main needs of Electron's safeStorage; a fake in tests. */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const storedSchema = z.strictObject({
  origin: z.string().min(1),
  username: z.string().min(1),
  /** safeStorage's ciphertext, base64 */
  encryptedPassword: z.string().min(1),
});

export const NO_SECURE_STORAGE =
  'This system offers Tandem no secure place for the password (no keychain is running), so sync cannot start. Start the system keychain and try again.';

export interface SyncCredentialStore {
  set(request: SyncCredentialsRequest): Promise<SyncCredentialsSummary>;
  read(): Promise<SyncCredentialsSummary | null>;
  forget(): Promise<void>;
  /** The kept origin and the Authorization header to send there, or null when nothing is kept. */
  signIn(): Promise<{ origin: string; authorization: string } | null>;
  /** The origin requests may go to, as last read or set (for the network guard, which cannot wait). */
  currentOrigin(): string | null;
}

export function createSyncCredentialStore(options: { file: string; secretBox: SecretBox }): SyncCredentialStore {
  const { file, secretBox } = options;
  let origin: string | null = null;

  async function readStored(): Promise<z.infer<typeof storedSchema> | null> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const stored = storedSchema.parse(JSON.parse(text));
      origin = stored.origin;
      return stored;
    } catch {
      return null;
    }
  }

  return {
    async set(request) {
      const nextOrigin = syncOrigin(request.serverAddress);
      if (!secretBox.isEncryptionAvailable()) throw new Error(NO_SECURE_STORAGE);
      const encryptedPassword = secretBox.encryptString(request.password).toString('base64');
      const username = request.username.trim();
      writeFileAtomicSync(file, JSON.stringify({ origin: nextOrigin, username, encryptedPassword }));
      origin = nextOrigin;
      return { origin: nextOrigin, username };
    },
    async read() {
      const stored = await readStored();
      return stored ? { origin: stored.origin, username: stored.username } : null;
    },
    async forget() {
      origin = null;
      await rm(file, { force: true });
    },
    async signIn() {
      const stored = await readStored();
      if (!stored) return null;
      if (!secretBox.isEncryptionAvailable()) throw new Error(NO_SECURE_STORAGE);
      const password = secretBox.decryptString(Buffer.from(stored.encryptedPassword, 'base64'));
      return { origin: stored.origin, authorization: basicAuthorization(stored.username, password) };
    },
    currentOrigin: () => origin,
  };
}
