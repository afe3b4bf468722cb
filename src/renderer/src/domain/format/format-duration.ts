import { numberFormat } from './formatter-cache';
// Durations are stored as whole minutes; these render them for people.

/** '1h 30m', '45m', '2h', '0m', '1,250h' (hours grouped as the locale groups); negative values get a leading minus ('-1h 5m'). */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(Math.round(minutes));
  const hours = numberFormat(undefined, { maximumFractionDigits: 0 }).format(Math.floor(total / 60)); // 1,250h
  const rest = total % 60;
  if (total < 60) return `${sign}${rest}m`;
  if (rest === 0) return `${sign}${hours}h`;
  return `${sign}${hours}h ${rest}m`;
}

/** Decimal hours with two decimals in the locale's style: 90 → '1.50' ('1,50' in de). */
export function formatDecimalHours(minutes: number, locale?: string, fractionDigits = 2): string {
  return numberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(minutes / 60);
}

/** 'H:MM' clock-style duration (90 → '1:30'), as Toggl and Harvest exports write it. */
export function formatHoursColonMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
