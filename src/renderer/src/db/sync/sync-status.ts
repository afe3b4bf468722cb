// The replicator's status as the UI shows it, and the words for what went wrong.
import { errorText } from '@shared/error-text';

export type SyncState = 'off' | 'connecting' | 'connected' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** What is happening or what went wrong, in plain words; '' when there is nothing to say. */
  message: string;
  /** ISO instant of the last moment both sides were in step; null before the first. */
  lastSyncedAt: string | null;
  /** Changes made here that have not reached the server yet. */
  pending: number;
  /** Documents pulled so far out of those known to come, while a pull runs; null otherwise. */
  progress: { done: number; total: number } | null;
}

export const SYNC_OFF: SyncStatus = { state: 'off', message: '', lastSyncedAt: null, pending: 0, progress: null };

interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

/**
 * Offline: the server could not be reached: fetch itself failed (a TypeError in browsers, Node and
 * through main's proxy, which PouchDB's replication passes on as a plain Error with the same words),
 * or a proxy in front of the server answered that it is down. An answer from the server has a status.
 * The words: Chromium's "Failed to fetch" and "network error" (an answer cut off), Node's "fetch failed"
 * and "terminated" (the server went away mid-answer), main's proxy "Could not reach …" and "No answer
 * from … within … seconds".
 */
export function isUnreachable(error: unknown): boolean {
  const problem = (error ?? {}) as PouchError;
  if (problem.status === 0 || problem.status === 502 || problem.status === 503 || problem.status === 504) return true;
  if (problem.name === 'TypeError') return true; // PouchDB stamps 500 on a failed fetch it passes on
  return problem.status === undefined && /fetch|network|could not reach|no answer|connect|terminated/i.test(problem.message ?? '');
}

/** The plain-words status for a failed request to the server. */
export function syncProblem(error: unknown): Pick<SyncStatus, 'state' | 'message'> {
  const problem = (error ?? {}) as PouchError;
  switch (problem.status) {
    case 401:
      return { state: 'error', message: 'The server refused the user name or password. Check them and start syncing again.' };
    case 403:
      return { state: 'error', message: 'This user may not read or write this database on the server.' };
    case 404:
      return { state: 'error', message: 'The server has no database by this name. Check the database name.' };
  }
  if (isUnreachable(error)) {
    return {
      state: 'offline',
      message: 'The server cannot be reached. Changes wait on this computer and go up when it is back.',
    };
  }
  return {
    state: 'error',
    message: `The server answered with an error: ${problem.reason ?? problem.message ?? errorText(error)}`,
  };
}
