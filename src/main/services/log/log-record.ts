import { scrubSecrets } from './scrub';

// One log line: JSON, so a line is one record whatever its stack holds. It carries what explains a
// failure (where, which IPC channel, the error's name, code, message, stack, cause) and never a
// payload: callers pass the error and the channel name, not the data that was being handled. Every
// text is scrubbed of secrets and capped, so one huge message cannot fill the file.

export type LogLevel = 'error' | 'warning';

export interface LogContext {
  /** the IPC channel whose handler failed or whose call was refused */
  channel?: string;
}

export interface LogRecord {
  time: string;
  level: LogLevel;
  /** where it happened: 'ipc', 'uncaughtException', 'unhandledRejection', 'calendar-feeds', … */
  source: string;
  channel?: string;
  name?: string;
  code?: string;
  message: string;
  stack?: string;
  cause?: string;
}

const MAX_MESSAGE = 2_000;
const MAX_STACK = 8_000;

function capped(text: string, max: number): string {
  // Cut before scrubbing too, so a huge message costs no more than a long one (a secret cut in two
  // at the first cut is still a run the patterns catch).
  const clean = scrubSecrets(text.slice(0, max * 2));
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A thrown value's own words. A non-Error object is named by its type only: it may be a record. */
function messageOf(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (typeof value === 'string') return value;
  return `a non-Error value was thrown (${value === null ? 'null' : typeof value})`;
}

function errorFields(error: unknown): Pick<LogRecord, 'name' | 'code' | 'message' | 'stack' | 'cause'> {
  const fields: Pick<LogRecord, 'name' | 'code' | 'message' | 'stack' | 'cause'> = {
    message: capped(messageOf(error), MAX_MESSAGE),
  };
  if (!(error instanceof Error)) return fields;
  fields.name = error.name;
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string' || typeof code === 'number') fields.code = String(code);
  if (error.stack) fields.stack = capped(error.stack, MAX_STACK);
  if (error.cause !== undefined) fields.cause = capped(messageOf(error.cause), MAX_MESSAGE);
  return fields;
}

export function errorRecord(time: Date, source: string, error: unknown, context: LogContext = {}): LogRecord {
  return { time: time.toISOString(), level: 'error', source, ...context, ...errorFields(error) };
}

export function warningRecord(time: Date, source: string, message: string, context: LogContext = {}): LogRecord {
  return { time: time.toISOString(), level: 'warning', source, ...context, message: capped(message, MAX_MESSAGE) };
}

export function logLine(record: LogRecord): string {
  return `${JSON.stringify(record)}\n`;
}
