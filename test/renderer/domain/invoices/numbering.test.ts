import { describe, expect, it } from 'vitest';
import {
  invoiceNumberError,
  nextInvoiceNumber,
  parseNumberPattern,
} from '../../../../src/renderer/src/domain/invoices/numbering';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

const nov4 = toDayKey('2026-11-04');

function next(pattern: string, day: string, used: string[] = []): string {
  const result = nextInvoiceNumber(pattern, toDayKey(day), used);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('nextInvoiceNumber', () => {
  it('starts the year at 1 and counts on from the highest number used', () => {
    expect(next('{YYYY}-{seq:4}', '2026-11-04')).toBe('2026-0001');
    expect(next('{YYYY}-{seq:4}', '2026-11-04', ['2026-0001', '2026-0002', '2025-0040'])).toBe('2026-0003');
  });

  it('never fills a gap or reuses a void invoice’s number', () => {
    // 2026-0003 and 2026-0004 were deleted drafts or never existed; 2026-0005 is void and keeps its number
    expect(next('{YYYY}-{seq:4}', '2026-11-04', ['2026-0005', '2026-0001', '2026-0002'])).toBe('2026-0006');
  });

  it('restarts when the text around {seq} changes: each year with {YYYY}, each month with {YY}{MM}', () => {
    expect(next('{YYYY}-{seq:4}', '2027-01-02', ['2026-0001', '2026-0150'])).toBe('2027-0001');
    expect(next('{YY}{MM}-{seq}', '2026-03-15', ['2603-1', '2603-2', '2602-9'])).toBe('2603-3');
    expect(next('{YY}{MM}-{seq}', '2026-04-01', ['2603-1', '2603-2', '2602-9'])).toBe('2604-1');
  });

  it('never restarts without a date in the pattern', () => {
    expect(next('INV-{seq}', '2027-01-02', ['INV-41', 'INV-42'])).toBe('INV-43');
  });

  it('keeps counting a month-only scope across years rather than repeat a number', () => {
    expect(next('{MM}/{seq}', '2027-01-10', ['01/1', '02/1'])).toBe('01/2');
  });

  it('compares running numbers as numbers, not text', () => {
    expect(next('INV-{seq}', '2026-11-04', ['INV-9', 'INV-10'])).toBe('INV-11');
  });

  it('lets a number outgrow its width and continues across a change of width', () => {
    expect(next('{YYYY}-{seq:2}', '2026-11-04', ['2026-99'])).toBe('2026-100');
    expect(next('{YYYY}-{seq:5}', '2026-11-04', ['2026-0012'])).toBe('2026-00013');
  });

  it('puts the running number anywhere: text and date after it', () => {
    expect(next('{seq}/{YYYY}', '2026-11-04', ['7/2026', '8/2025'])).toBe('8/2026');
    expect(next('F{YY}{seq:3}', '2009-05-01')).toBe('F09001');
    expect(next('  {YYYY}.{MM}.{seq:3} ', '2026-02-28', ['2026.02.004'])).toBe('2026.02.005');
  });

  it('ignores numbers outside the scope: other text, no digits, written by hand', () => {
    expect(next('INV-{seq}', '2026-11-04', ['2026-0001', 'INV-A', 'INV-', 'XINV-3', 'INV-2b', ' INV-3 '])).toBe('INV-4');
    expect(next('A.{seq}', '2026-11-04', ['AX5'])).toBe('A.1'); // '.' is text, not "any character"
  });

  it('says what is wrong with a pattern instead of numbering', () => {
    expect(nextInvoiceNumber('{YYYY}-', nov4, [])).toEqual({
      ok: false,
      error: 'The number pattern must contain {seq}, the running number (for example {YYYY}-{seq:4})',
    });
  });
});

describe('parseNumberPattern', () => {
  it('reads placeholders and text in order', () => {
    expect(parseNumberPattern('INV-{YY}{MM}-{seq:3}x')).toEqual({
      ok: true,
      value: {
        parts: [
          { kind: 'text', text: 'INV-' },
          { kind: 'year2' },
          { kind: 'month' },
          { kind: 'text', text: '-' },
          { kind: 'seq', width: 3 },
          { kind: 'text', text: 'x' },
        ],
      },
    });
  });

  it.each([
    ['', 'The number pattern is empty: try {YYYY}-{seq:4}'],
    ['   ', 'The number pattern is empty: try {YYYY}-{seq:4}'],
    ['INV-2026', 'The number pattern must contain {seq}, the running number (for example {YYYY}-{seq:4})'],
    ['{seq}-{seq}', 'The number pattern can contain {seq} only once'],
    ['{YYYY}-{n}', 'The number pattern has an unknown placeholder {n}: use {YYYY}, {YY}, {MM}, {seq} or {seq:4}'],
    ['{yyyy}-{seq}', 'The number pattern has an unknown placeholder {yyyy}: use {YYYY}, {YY}, {MM}, {seq} or {seq:4}'],
    ['{seq:0}', 'The width in {seq:0} must be from 1 to 9'],
    ['{seq:12}', 'The width in {seq:12} must be from 1 to 9'],
    ['{seq', 'The number pattern has a “{” without its “}”'],
    ['{YYYY-{seq}', 'The number pattern has a “{” without its “}”'],
    ['INV}{seq}', 'The number pattern has a “}” without its “{”'],
    [`${'x'.repeat(56)}{seq}`, 'The number pattern must be at most 60 characters'],
  ])('refuses %j', (pattern, error) => {
    expect(parseNumberPattern(pattern)).toEqual({ ok: false, error });
  });
});

describe('invoiceNumberError', () => {
  it('refuses an empty number or one already used, in any case', () => {
    expect(invoiceNumberError('  ', [])).toBe('The invoice needs a number');
    expect(invoiceNumberError(' 2026-0004 ', ['2026-0003', '2026-0004'])).toBe(
      'Invoice number 2026-0004 is already used: numbers are never reused',
    );
    expect(invoiceNumberError('inv-7', ['INV-7'])).toBe('Invoice number inv-7 is already used: numbers are never reused');
    expect(invoiceNumberError('2026-0005', ['2026-0003', '2026-0004'])).toBeNull();
  });
});
