import { dayKeyFromParts, isDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';
import type { DateOrder } from './types';

// Reading the cell values trackers write: dates in three orders, 12- and 24-hour clocks, durations
// as clock text, decimal numbers with either mark. Each returns null (or a message) instead of throwing.

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/;
const SLASH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function dayOrNull(year: number, month: number, day: number): DayKey | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isDayKey(text) ? dayKeyFromParts(year, month, day) : null;
}

/** Day-first or month-first dates ('03/04/2024'); dotted dates ('03.04.2024') are always day-first. */
export function isOrderDependentDate(text: string): boolean {
  const match = SLASH_DATE.exec(text.trim());
  return match !== null && match[2] !== '.';
}

/**
 * Which order the file's dates are written in, decided from the values: a first part over 12 can
 * only be a day, a second part over 12 only a day too. 'ambiguous' when every date reads both ways
 * and differently; 'conflict' when some dates need one order and others the other.
 */
export function detectDateOrder(values: readonly string[]): DateOrder | 'ambiguous' | 'conflict' | null {
  let dayFirst = false;
  let monthFirst = false;
  let differs = false;
  let seen = false;
  for (const value of values) {
    const match = SLASH_DATE.exec(value.trim());
    if (!match || match[2] === '.') continue;
    seen = true;
    const first = Number(match[1]);
    const second = Number(match[3]);
    if (first > 12) dayFirst = true;
    if (second > 12) monthFirst = true;
    if (first !== second) differs = true;
  }
  if (!seen) return null;
  if (dayFirst && monthFirst) return 'conflict';
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  // 03/03/2024 is the same day either way: nothing to ask.
  return differs ? 'ambiguous' : 'mdy';
}

/** A date cell as a day key, or null when it is not a real date. */
export function parseDateText(text: string, order: DateOrder): DayKey | null {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return dayOrNull(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const match = SLASH_DATE.exec(value);
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[3]);
  const year = fullYear(match[4] ?? '');
  const dayFirst = match[2] === '.' || order === 'dmy';
  return dayFirst ? dayOrNull(year, second, first) : dayOrNull(year, first, second);
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/;

/** Seconds from midnight of '10:23', '10:23:52', '10:23 AM', '12:05:00 am'; null when unreadable. */
export function parseClockSeconds(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? '0');
  const meridiem = match[4]?.toLowerCase();
  if (minutes > 59 || seconds > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return hours * 3600 + minutes * 60 + seconds;
}

export type DurationReading = { ok: true; seconds: number } | { ok: false; error: string };

const CLOCK_DURATION = /^(\d+):(\d{2})(?::(\d{2}))?$/;

/**
 * A duration cell: 'H:MM:SS' or 'H:MM' (hours may exceed 24), decimal hours ('1.5', '1,5' with the
 * file's decimal mark), or a 12-hour clock time as Toggl writes durations for 12-hour profiles
 * ('12:20:00 AM' is 20 minutes, '01:30:00 PM' is 13½ hours).
 */
export function parseDurationText(text: string, decimalMark: '.' | ','): DurationReading {
  const value = text.trim();
  if (value === '') return { ok: false, error: 'The duration is empty' };
  if (value.startsWith('-')) return { ok: false, error: `The duration “${value}” is negative` };
  const clock = CLOCK_DURATION.exec(value);
  if (clock) {
    const minutes = Number(clock[2]);
    const seconds = Number(clock[3] ?? '0');
    if (minutes > 59 || seconds > 59) return { ok: false, error: `The duration “${value}” is not a duration like 01:30:00` };
    return { ok: true, seconds: Number(clock[1]) * 3600 + minutes * 60 + seconds };
  }
  if (/[ap]\.?\s*m\.?$/i.test(value)) {
    const seconds = parseClockSeconds(value);
    if (seconds !== null) return { ok: true, seconds };
  }
  const hours = parseDecimal(value, decimalMark);
  if (hours !== null) return { ok: true, seconds: Math.round(hours * 3600) };
  return { ok: false, error: `The duration “${value}” is not a duration like 01:30:00` };
}

/** Whole minutes of a duration in seconds; half a minute rounds up (00:00:30 is 1 minute). */
export function secondsToMinutes(seconds: number): number {
  return Math.floor((seconds + 30) / 60);
}

/**
 * The file's decimal mark, decided from its numbers: '2.000,0' or '20,0' (a comma followed by one
 * or two digits at the end) mean a decimal comma; anything else is read with a decimal point.
 */
export function detectDecimalMark(values: readonly string[]): '.' | ',' {
  for (const raw of values) {
    const value = raw.trim();
    if (/,\d{1,2}$/.test(value)) return ',';
    const lastComma = value.lastIndexOf(',');
    if (lastComma >= 0 && value.lastIndexOf('.') >= 0 && lastComma > value.lastIndexOf('.')) return ',';
  }
  return '.';
}

/** Normalises a number cell to '-1234.5' digits, or null: the other mark groups thousands. */
function normalizeDecimal(text: string, decimalMark: '.' | ','): string | null {
  const group = decimalMark === '.' ? ',' : '.';
  const value = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^([-+]?)\p{Sc}|\p{Sc}$/u, '$1')
    .split(group)
    .join('')
    .replace(decimalMark, '.');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? value.replace(/^\+/, '') : null;
}

export function parseDecimal(text: string, decimalMark: '.' | ','): number | null {
  const normalized = normalizeDecimal(text, decimalMark);
  return normalized === null ? null : Number(normalized);
}

/**
 * Minor units of an amount cell ('2.000,0' → 200000 for a 2-decimal currency), computed on the
 * digits so no float error creeps in; extra decimals round half away from zero.
 */
export function parseMinor(text: string, decimalMark: '.' | ',', exponent: number): number | null {
  const normalized = normalizeDecimal(text, decimalMark);
  if (normalized === null) return null;
  const negative = normalized.startsWith('-');
  const [whole = '', fraction = ''] = normalized.replace('-', '').split('.');
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  let minor = Number(`${whole || '0'}${kept}`);
  if ((fraction[exponent] ?? '0') >= '5') minor += 1;
  if (!Number.isSafeInteger(minor)) return null;
  return negative ? -minor : minor;
}

const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'oui', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non']);

export function parseYesNo(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return undefined;
}

/** 'Amount (EUR)' → 'EUR'; 'Amount ()' → undefined. */
export function currencyFromHeader(header: string): string | undefined {
  const match = /\(\s*([A-Za-z]{3})\s*\)\s*$/.exec(header);
  return match?.[1]?.toUpperCase();
}

/** Harvest's currency labels: 'Euro - EUR', 'US Dollar - USD', or a bare code. */
export function currencyFromLabel(label: string): string | undefined {
  const match = /(?:^|[\s-])([A-Za-z]{3})\s*$/.exec(label.trim());
  return match?.[1]?.toUpperCase();
}
