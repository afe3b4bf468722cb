import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DAY_MESSAGE, formReader, numberOrNaN, oneOf, wholeNumber } from '../../../src/renderer/src/domain/parse/form-reader';
import { toCurrencyCode } from '../../../src/renderer/src/domain/units/money';
import { ValidationError } from '../../../src/renderer/src/domain/validation';

const EUR = toCurrencyCode('EUR');
const JPY = toCurrencyCode('JPY');

/** The ValidationError's messages, or null when finish() returned. */
function finished(read: { finish: (schema?: z.ZodType, input?: unknown) => void }, schema?: z.ZodType, input?: unknown) {
  try {
    read.finish(schema, input);
    return null;
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
}

describe('formReader().minutes', () => {
  it.each([
    ['1:30', 90], // 1 h + 30 min
    ['90m', 90],
    ['1.5h', 90], // 1.5 × 60
    ['2', 120], // a bare number is hours: 2 × 60
    ['1h 15m', 75], // 60 + 15
    [' 0:05 ', 5],
  ])('reads %j as %i minutes', (text, minutes) => {
    const read = formReader();
    expect(read.minutes('estimate', text)).toBe(minutes);
    expect(read.errors).toEqual({});
  });

  it('leaves empty text undefined without a message unless required', () => {
    const read = formReader();
    expect(read.minutes('estimate', '  ')).toBeUndefined();
    expect(read.errors).toEqual({});
    expect(read.minutes('allowance', '', { required: true })).toBeUndefined();
    expect(read.errors).toEqual({ allowance: 'Enter a duration, for example 1:30, 90m or 1.5h' });
  });

  it('keeps the parser message under the field path', () => {
    const read = formReader();
    expect(read.minutes('retainer.allowanceMinutesPerMonth', '1:75')).toBeUndefined();
    expect(read.errors).toEqual({ 'retainer.allowanceMinutesPerMonth': 'Enter a duration like 1:30, 90m, 1.5h or 1h 30m' });
  });
});

describe('formReader().money', () => {
  it.each([
    ['1,250.50', EUR, 125_050], // 1250 × 100 + 50
    ['1.250,50', EUR, 125_050], // the last mark is the decimal one
    ['12,5', EUR, 1_250], // 12 × 100 + 50
    ['€ 99', EUR, 9_900],
    ['0.05', EUR, 5],
    ['1,250', JPY, 1_250], // no minor unit: 1250 yen
    ['-12.50', EUR, -1_250],
  ])('reads %j in %s as %i minor units', (text, currency, minor) => {
    const read = formReader(currency);
    expect(read.money('amount', text)).toBe(minor);
    expect(read.errors).toEqual({});
  });

  it('leaves empty text undefined unless required', () => {
    const read = formReader(EUR);
    expect(read.money('budgetAmount', '')).toBeUndefined();
    expect(read.errors).toEqual({});
    expect(read.money('amount', ' ', { required: true })).toBeUndefined();
    expect(read.errors).toEqual({ amount: 'Enter an amount, for example 1,250.50' });
  });

  it('reports unreadable amounts with the parser message', () => {
    const read = formReader(EUR);
    expect(read.money('thousands', '12.345')).toBe(1_234_500); // one mark before three digits groups thousands: 12345 × 100
    read.money('a', '12.3456');
    read.money('b', 'ten');
    const yen = formReader(JPY);
    yen.money('c', '10.5');
    expect(read.errors).toEqual({
      a: 'Use at most 2 decimals',
      b: 'Amount may contain only digits, one decimal mark and a minus sign',
    });
    expect(yen.errors).toEqual({ c: 'JPY amounts have no decimals' });
  });

  it('refuses a negative amount when asked to', () => {
    const read = formReader(EUR);
    expect(read.money('amount', '-1', { nonNegative: true })).toBeUndefined();
    expect(read.money('zero', '0', { nonNegative: true })).toBe(0);
    expect(read.errors).toEqual({ amount: 'Amount cannot be negative' });
  });

  it('needs a currency only when there is an amount to read', () => {
    expect(formReader().money('amount', '')).toBeUndefined();
    expect(() => formReader().money('amount', '12')).toThrow('formReader needs a currency to read amounts');
  });
});

describe('formReader().day', () => {
  it('returns a real day as its key', () => {
    const read = formReader();
    expect(read.day('due', '2026-02-28', { required: 'Due date is required' })).toBe('2026-02-28');
    expect(read.day('doneAt', '2028-02-29')).toBe('2028-02-29'); // a leap year
    expect(read.errors).toEqual({});
  });

  it('leaves an empty optional day undefined', () => {
    const read = formReader();
    expect(read.day('doneAt', '')).toBeUndefined();
    expect(read.errors).toEqual({});
  });

  it('gives the required message for an empty or unreadable day', () => {
    const read = formReader();
    expect(read.day('due', '', { required: 'Due date is required' })).toBeUndefined();
    expect(read.day('day', '2026-02-30', { required: 'Enter the date' })).toBeUndefined(); // February has 28 days in 2026
    expect(read.errors).toEqual({ due: 'Due date is required', day: 'Enter the date' });
  });

  it('gives the day-key message for an unreadable optional day', () => {
    const read = formReader();
    expect(read.day('doneAt', '2026-2-3')).toBeUndefined();
    expect(read.errors).toEqual({ doneAt: DAY_MESSAGE });
    expect(DAY_MESSAGE).toBe('Date must be a real day written YYYY-MM-DD');
  });
});

describe('formReader().clock', () => {
  it.each([
    ['09:30', 570], // 9 × 60 + 30
    ['9:05', 545], // 9 × 60 + 5
    ['00:00', 0],
    ['24:00', 1440],
  ])('reads %j as minute %i of the day', (text, minute) => {
    const read = formReader();
    expect(read.clock('start', text, 'Enter a time')).toBe(minute);
    expect(read.errors).toEqual({});
  });

  it('gives its message for unreadable times, and 24:00 when the time must be before midnight', () => {
    const read = formReader();
    read.clock('a', '25:00', 'Enter a time like 09:30');
    read.clock('b', '9.30', 'Enter a time like 09:30');
    read.clock('c', '12:60', 'Enter a time like 09:30');
    expect(read.clock('start', '24:00', 'Enter the start time', { beforeMidnight: true })).toBeUndefined();
    expect(read.clock('late', '23:59', 'Enter the start time', { beforeMidnight: true })).toBe(1439); // 23 × 60 + 59
    expect(read.errors).toEqual({
      a: 'Enter a time like 09:30',
      b: 'Enter a time like 09:30',
      c: 'Enter a time like 09:30',
      start: 'Enter the start time',
    });
  });

  it('leaves an empty time undefined unless required', () => {
    const read = formReader();
    expect(read.clock('end', '', 'Enter the end time')).toBeUndefined();
    expect(read.errors).toEqual({});
    expect(read.clock('workStart', '', 'Enter a time such as 09:00', { required: true })).toBeUndefined();
    expect(read.errors).toEqual({ workStart: 'Enter a time such as 09:00' });
  });
});

describe('formReader().text', () => {
  it('trims, and reads empty text as undefined', () => {
    const read = formReader();
    expect(read.text('decidedBy', '  Ana  ')).toBe('Ana');
    expect(read.text('decidedBy', '   ')).toBeUndefined();
    expect(read.errors).toEqual({});
  });

  it('gives the required message for empty text', () => {
    const read = formReader();
    expect(read.text('name', ' ', { required: 'Give the feed a name.' })).toBeUndefined();
    expect(read.errors).toEqual({ name: 'Give the feed a name.' });
  });
});

describe('formReader().fail and finish', () => {
  const schema = z.object({ name: z.string().min(1, 'Name is required'), minutes: z.number({ error: 'Minutes are missing' }) });

  it('returns when every text was read, without consulting the schema', () => {
    const read = formReader();
    read.minutes('minutes', '1h');
    expect(finished(read, schema, { name: '', minutes: 60 })).toBeNull();
  });

  it('throws the reader messages over the schema messages for the rest of the input', () => {
    const read = formReader();
    const minutes = read.minutes('minutes', 'soon');
    expect(finished(read, schema, { name: '', minutes })).toEqual({
      name: 'Name is required',
      minutes: 'Enter a duration like 1:30, 90m, 1.5h or 1h 30m',
    });
  });

  it('throws its own messages without a schema; a later message replaces an earlier one', () => {
    const read = formReader();
    read.fail('end', 'Enter the end time like 17:30');
    expect(read.failed('end')).toBe(true);
    expect(read.failed('start')).toBe(false);
    read.fail('end', 'The end time must be after the start time');
    expect(finished(read)).toEqual({ end: 'The end time must be after the start time' });
  });
});

describe('number readers', () => {
  it.each([
    ['', Number.NaN],
    [' ', Number.NaN],
    ['50', 50],
    ['12.5', 12.5],
    ['-5', -5],
  ])('numberOrNaN(%j) is %d', (text, value) => {
    expect(numberOrNaN(text)).toBe(value);
  });

  it.each([
    ['25', 25],
    [' 7 ', 7],
    ['007', 7],
    ['', Number.NaN],
    ['7.5', Number.NaN],
    ['-3', Number.NaN],
    ['1e2', Number.NaN],
  ])('wholeNumber(%j) is %d', (text, value) => {
    expect(wholeNumber(text)).toBe(value);
  });
});

describe('oneOf', () => {
  it('narrows a select value to one of the choices, else undefined', () => {
    const status = oneOf(['asked', 'approved'] as const);
    expect(status('approved')).toBe('approved');
    expect(status('maybe')).toBeUndefined();
  });
});
