import { describe, expect, it } from 'vitest';
import { formatMoney, moneyToDecimalText } from '../../../src/renderer/src/domain/format/format-money';
import {
  formatDecimalHours,
  formatHoursColonMinutes,
  formatMinutes,
} from '../../../src/renderer/src/domain/format/format-duration';
import { formatDay, formatWallClock } from '../../../src/renderer/src/domain/format/format-day';
import { money } from '../../../src/renderer/src/domain/units/money';
import { toDayKey } from '../../../src/renderer/src/domain/time/day-key';

// Intl separates some parts with no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting at the edge', () => {
  it('formats money per locale with the currency’s decimals', () => {
    expect(formatMoney(money(125_050, 'EUR'), 'en-US')).toBe('€1,250.50');
    expect(plain(formatMoney(money(125_050, 'EUR'), 'de-DE'))).toBe('1.250,50 €');
    expect(formatMoney(money(1_250, 'JPY'), 'en-US')).toBe('¥1,250');
    expect(formatMoney(money(-995, 'USD'), 'en-US')).toBe('-$9.95');
    expect(formatMoney(money(123_456_700, 'USD'), 'en-US', { compact: true })).toBe('$1.2M');
  });

  it('writes plain decimals for inputs and CSV', () => {
    expect(moneyToDecimalText(money(125_050, 'EUR'))).toBe('1250.50');
    expect(moneyToDecimalText(money(5, 'EUR'))).toBe('0.05');
    expect(moneyToDecimalText(money(-5, 'EUR'))).toBe('-0.05');
    expect(moneyToDecimalText(money(1_250, 'JPY'))).toBe('1250');
  });

  it('formats minutes as hours and minutes or decimal hours', () => {
    expect(formatMinutes(90)).toBe('1h 30m');
    expect(formatMinutes(45)).toBe('45m');
    expect(formatMinutes(120)).toBe('2h');
    expect(formatMinutes(0)).toBe('0m');
    expect(formatMinutes(-65)).toBe('-1h 5m');
    expect(formatMinutes(1_200_000)).toBe('20,000h'); // hours grouped as the (English) locale groups them
    expect(formatMinutes(60_030)).toBe('1,000h 30m');
    expect(formatDecimalHours(90, 'en-US')).toBe('1.50');
    expect(formatDecimalHours(90, 'de-DE')).toBe('1,50');
    expect(formatDecimalHours(20, 'en-US')).toBe('0.33');
    expect(formatHoursColonMinutes(605)).toBe('10:05');
  });

  it('formats day keys without the machine’s zone moving them', () => {
    expect(formatDay(toDayKey('2026-03-29'), 'en-US')).toBe('Mar 29, 2026');
    expect(formatDay(toDayKey('2026-03-29'), 'en-US', 'long')).toBe('Sunday, March 29, 2026');
    expect(formatDay(toDayKey('2026-01-01'), 'de-DE', 'short')).toBe('1. Jan.');
    expect(formatWallClock(9 * 60 + 30, 'en-US')).toBe('9:30 AM');
    expect(formatWallClock(14 * 60 + 5, 'de-DE')).toBe('14:05');
  });
});
