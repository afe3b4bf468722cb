import { err, ok } from '../result';
import type { Result } from '../result';
import { roundHalfAwayFromZero } from '../units/rounding';
import { toMinutes } from '../units/minutes';
import type { Minutes } from '../units/minutes';

// Accepted: '1:30' (h:mm), '90m' / '90 min', '1.5h' / '1,5 h' / '1.5 hrs', '1h 30m' / '1h30',
// and a bare number, read as HOURS ('2' = 2h, '0.25' = 15m) because that is how agency
// timesheets (Harvest, spreadsheets) are typed. Fractions round to the nearest minute, half away.

const HOURS_UNIT = '(?:h|hr|hrs|hour|hours)';
const MINUTES_UNIT = '(?:m|min|mins|minute|minutes)';
const NUMBER = '(\\d+(?:[.,]\\d+)?|[.,]\\d+)';

const COLON = /^(\d+):([0-5]\d)$/;
const BARE = new RegExp(`^${NUMBER}$`);
const HOURS_ONLY = new RegExp(`^${NUMBER}\\s*${HOURS_UNIT}$`);
const MINUTES_ONLY = new RegExp(`^${NUMBER}\\s*${MINUTES_UNIT}$`);
const HOURS_AND_MINUTES = new RegExp(`^(\\d+)\\s*${HOURS_UNIT}\\s*(\\d+)\\s*(?:${MINUTES_UNIT})?$`);

const MAX_MINUTES = 100 * 24 * 60;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function fromHours(hours: number): Result<Minutes> {
  return checked(roundHalfAwayFromZero(hours * 60));
}

function checked(minutes: number): Result<Minutes> {
  if (!Number.isFinite(minutes) || minutes > MAX_MINUTES) return err('That duration is too long');
  return ok(toMinutes(minutes));
}

export function parseDuration(input: string): Result<Minutes> {
  const text = input.trim().toLowerCase();
  if (text === '') return err('Enter a duration, for example 1:30, 90m or 1.5h');
  if (text.startsWith('-')) return err('A duration cannot be negative');

  const colon = COLON.exec(text);
  if (colon) return checked(Number(colon[1]) * 60 + Number(colon[2]));

  const bare = BARE.exec(text);
  if (bare) return fromHours(toNumber(bare[1] ?? ''));

  const hours = HOURS_ONLY.exec(text);
  if (hours) return fromHours(toNumber(hours[1] ?? ''));

  const minutes = MINUTES_ONLY.exec(text);
  if (minutes) return checked(roundHalfAwayFromZero(toNumber(minutes[1] ?? '')));

  const both = HOURS_AND_MINUTES.exec(text);
  if (both) {
    const rest = Number(both[2]);
    if (rest > 59) return err('Minutes after the hours must be 0–59');
    return checked(Number(both[1]) * 60 + rest);
  }
  return err('Enter a duration like 1:30, 90m, 1.5h or 1h 30m');
}
