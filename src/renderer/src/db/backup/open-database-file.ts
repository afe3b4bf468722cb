import { peakImportFile } from 'dexie-export-import';
import { BackupFileError, looksGzipped, newerSchemaMessage } from '@shared/backup-format';
import { CURRENT_SCHEMA_VERSION, storesAtVersion } from '../schema';
import { decodeBackupFile } from './backup-file';
import { RestoreError } from './validate-restore';

// Opening a file to restore, without touching any database: a backup (.json.gz with a checked
// header) or an "Export all" file (dexie-export-import JSON). Every way a file can be unusable
// becomes a RestoreError with a message the user can act on.

export interface DatabaseFile {
  kind: 'backup' | 'export';
  body: Blob;
  schemaVersion: number;
  /** rows per table, from the file's own table list */
  counts: Record<string, number>;
  createdAt: string | undefined;
}

const NOT_TANDEM = 'This file is not a Tandem backup or export. Nothing was changed.';
const NOT_JSON = 'The file is not valid JSON, so it cannot be a Tandem export (it may be cut short or damaged). Nothing was changed.';

function blobOf(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' });
}

async function isJson(body: Blob): Promise<boolean> {
  try {
    JSON.parse(await body.text());
    return true;
  } catch {
    return false;
  }
}

export async function openDatabaseFile(bytes: Uint8Array): Promise<DatabaseFile> {
  let body: Blob;
  let headerVersion: number | undefined;
  let createdAt: string | undefined;
  if (looksGzipped(bytes)) {
    try {
      const decoded = await decodeBackupFile(bytes);
      body = blobOf(decoded.body);
      headerVersion = decoded.header.schemaVersion;
      createdAt = decoded.header.createdAt;
    } catch (error) {
      if (error instanceof BackupFileError) throw new RestoreError(`${error.message} Nothing was changed.`);
      throw error;
    }
  } else {
    body = blobOf(bytes);
  }
  if (headerVersion !== undefined && headerVersion > CURRENT_SCHEMA_VERSION) {
    throw new RestoreError(`${newerSchemaMessage(headerVersion, CURRENT_SCHEMA_VERSION)} Nothing was changed.`);
  }
  let meta: Awaited<ReturnType<typeof peakImportFile>> | undefined;
  try {
    meta = await peakImportFile(body);
  } catch {
    meta = undefined;
  }
  const data = meta?.data;
  const version = Number(data?.databaseVersion);
  if (!data || !Array.isArray(data.tables) || !String(data.databaseName).startsWith('tandem') || !Number.isInteger(version) || version < 1) {
    // Only on this failure path is the whole text parsed, to tell damaged JSON from a foreign file.
    throw new RestoreError((await isJson(body)) ? NOT_TANDEM : NOT_JSON);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new RestoreError(`${newerSchemaMessage(version, CURRENT_SCHEMA_VERSION)} Nothing was changed.`);
  }
  const known = storesAtVersion(version);
  const unknown = data.tables.map((table) => table.name).filter((name) => !(name in known));
  if (unknown.length > 0) throw new RestoreError(`The file holds tables this version of Tandem does not know (${unknown.join(', ')}). Nothing was changed.`);
  return {
    kind: headerVersion === undefined ? 'export' : 'backup',
    body,
    schemaVersion: version,
    counts: Object.fromEntries(data.tables.map((table) => [table.name, table.rowCount])),
    createdAt,
  };
}
