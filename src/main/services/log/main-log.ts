import { join } from 'node:path';
import { errorRecord, logLine, warningRecord } from './log-record';
import type { LogContext, LogRecord } from './log-record';
import { createRotatingFile } from './rotating-file';
import type { RotatingFile } from './rotating-file';

// Main's error log: userData/logs/main.log, at most 1 MB, with the three files before it kept
// (main.log.1 … .3), so a few weeks of trouble fit and the folder never grows. One log per process:
// start.ts opens it before anything can fail; until then (and in tests that never open it) records
// are dropped. See log-record.ts for what a record may hold.

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

let file: RotatingFile | null = null;
let mirrorToConsole = false;

export function mainLogPath(userDataPath: string): string {
  return join(userDataPath, 'logs', 'main.log');
}

/** Opens the log in the user-data folder and returns its path. */
export function openMainLog(userDataPath: string, options: { mirrorToConsole?: boolean } = {}): string {
  const path = mainLogPath(userDataPath);
  file = createRotatingFile({ file: path, maxBytes: LOG_MAX_BYTES, keep: LOG_KEEP });
  // In development the terminal is where people look; a packaged app has none.
  mirrorToConsole = options.mirrorToConsole ?? false;
  return path;
}

/** Builds and queues a record; a failure anywhere (even a throwing getter on an error) is swallowed. */
function write(makeRecord: () => LogRecord): void {
  try {
    const record = makeRecord();
    if (mirrorToConsole) console.error(`[${record.source}${record.channel ? ` ${record.channel}` : ''}] ${record.message}`);
    file?.append(logLine(record));
  } catch {
    // Logging is never worth a crash.
  }
}

/** Records a failure: its name, code, message, stack and cause, scrubbed. Never throws. */
export function logError(source: string, error: unknown, context?: LogContext): void {
  write(() => errorRecord(new Date(), source, error, context));
}

/** Records something refused or odd that is not an exception (a refused IPC call, a renderer gone). */
export function logWarning(source: string, message: string, context?: LogContext): void {
  write(() => warningRecord(new Date(), source, message, context));
}

/** Resolves once everything logged so far has been written (or dropped). */
export async function flushMainLog(): Promise<void> {
  await file?.flushed();
}

/** Writes what is queued, then stops logging (tests, and a process about to exit). */
export async function closeMainLog(): Promise<void> {
  const closing = file;
  file = null;
  mirrorToConsole = false;
  await closing?.flushed();
}
