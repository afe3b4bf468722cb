import { err, ok } from '../result';
import type { Result } from '../result';
import { parseDayKey } from '../time/day-key';
import type { DayKey } from '../time/day-key';

// Invoice numbers from a pattern in Settings, e.g. '{YYYY}-{seq:4}' → '2026-0001'.
//
// Placeholders: {YYYY} the issue date's year, {YY} its last two digits, {MM} its month (01–12),
// {seq} the running number, {seq:N} the running number padded with zeros to N digits (1–9; a
// number that outgrows N keeps all its digits). Everything else is literal text.
//
// The sequence's scope is the number with everything but {seq} filled in from the issue date: the
// running number restarts at 1 whenever that text changes. So '{YYYY}-{seq:4}' restarts each year,
// '{YY}{MM}-{seq}' each month, and 'INV-{seq}' never. A pattern with {MM} but no year ('{MM}/{seq}')
// shares one scope per month name across years and keeps counting, so it never repeats a number.
//
// Never reused: the next number is one more than the highest running number already used in its
// scope (void invoices keep their numbers, so they count), never a gap's. Numbers written another way
// (by hand, or under an older pattern with other text) are not in the scope and do not count; a
// change of width alone ('{seq:4}' → '{seq:5}') continues the same sequence.

export type PatternPart =
  { kind: 'text'; text: string } | { kind: 'year' } | { kind: 'year2' } | { kind: 'month' } | { kind: 'seq'; width: number };

export interface NumberPattern {
  readonly parts: readonly PatternPart[];
}

export const DEFAULT_NUMBER_PATTERN = '{YYYY}-{seq:4}';
export const MAX_PATTERN_LENGTH = 60;
const MAX_SEQ_WIDTH = 9;
const PLACEHOLDERS = '{YYYY}, {YY}, {MM}, {seq} or {seq:4}';

function placeholder(name: string): PatternPart | string {
  if (name === 'YYYY') return { kind: 'year' };
  if (name === 'YY') return { kind: 'year2' };
  if (name === 'MM') return { kind: 'month' };
  if (name === 'seq') return { kind: 'seq', width: 1 };
  const width = /^seq:(\d+)$/.exec(name)?.[1];
  if (width === undefined) return `The number pattern has an unknown placeholder {${name}}: use ${PLACEHOLDERS}`;
  const digits = Number(width);
  if (digits < 1 || digits > MAX_SEQ_WIDTH) return `The width in {seq:${width}} must be from 1 to ${MAX_SEQ_WIDTH}`;
  return { kind: 'seq', width: digits };
}

/** Reads a pattern, or says in plain words what is wrong with it. */
export function parseNumberPattern(pattern: string): Result<NumberPattern> {
  const text = pattern.trim();
  if (text === '') return err(`The number pattern is empty: try ${DEFAULT_NUMBER_PATTERN}`);
  if (text.length > MAX_PATTERN_LENGTH) return err(`The number pattern must be at most ${MAX_PATTERN_LENGTH} characters`);
  const parts: PatternPart[] = [];
  let rest = text;
  while (rest !== '') {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) return err('The number pattern has a “}” without its “{”');
    if (open === -1) {
      parts.push({ kind: 'text', text: rest });
      break;
    }
    const name = rest.slice(open + 1, close);
    if (close === -1 || name.includes('{')) return err('The number pattern has a “{” without its “}”');
    if (open > 0) parts.push({ kind: 'text', text: rest.slice(0, open) });
    const part = placeholder(name);
    if (typeof part === 'string') return err(part);
    parts.push(part);
    rest = rest.slice(close + 1);
  }
  const seqs = parts.filter((part) => part.kind === 'seq').length;
  if (seqs === 0) return err(`The number pattern must contain {seq}, the running number (for example ${DEFAULT_NUMBER_PATTERN})`);
  if (seqs > 1) return err('The number pattern can contain {seq} only once');
  return ok({ parts });
}

/** The text before and after the running number for an issue date, and the number's width. */
function scopeOf(pattern: NumberPattern, issueDate: DayKey): { before: string; after: string; width: number } {
  const { year, month } = parseDayKey(issueDate);
  let before = '';
  let after = '';
  let width = 1;
  let seen = false;
  for (const part of pattern.parts) {
    if (part.kind === 'seq') {
      seen = true;
      width = part.width;
      continue;
    }
    const text =
      part.kind === 'text'
        ? part.text
        : part.kind === 'year'
          ? String(year).padStart(4, '0')
          : part.kind === 'year2'
            ? String(year % 100).padStart(2, '0')
            : String(month).padStart(2, '0');
    if (seen) after += text;
    else before += text;
  }
  return { before, after, width };
}

/** The running number `number` has in a scope, or null when it is not in it. */
function runningNumber(number: string, before: string, after: string): number | null {
  if (number.length <= before.length + after.length) return null;
  if (!number.startsWith(before) || !number.endsWith(after)) return null;
  const digits = number.slice(before.length, number.length - after.length);
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}

/**
 * The next invoice number for an invoice issued on `issueDate`, given every number already given
 * (void invoices included). An error when the pattern is not valid.
 */
export function nextInvoiceNumber(pattern: string, issueDate: DayKey, usedNumbers: Iterable<string>): Result<string> {
  const parsed = parseNumberPattern(pattern);
  if (!parsed.ok) return parsed;
  const { before, after, width } = scopeOf(parsed.value, issueDate);
  let highest = 0;
  for (const used of usedNumbers) {
    const seq = runningNumber(used.trim(), before, after);
    if (seq !== null && seq > highest) highest = seq;
  }
  return ok(`${before}${String(highest + 1).padStart(width, '0')}${after}`);
}

/**
 * An error when a number typed by hand is empty or already given to another invoice (compared
 * without regard to case, so 'inv-7' cannot sit beside 'INV-7').
 */
export function invoiceNumberError(number: string, otherNumbers: Iterable<string>): string | null {
  const wanted = number.trim();
  if (wanted === '') return 'The invoice needs a number';
  for (const other of otherNumbers) {
    if (other.trim().toLowerCase() === wanted.toLowerCase())
      return `Invoice number ${wanted} is already used: numbers are never reused`;
  }
  return null;
}
