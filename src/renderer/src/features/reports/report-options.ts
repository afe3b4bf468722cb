import { addDays, daysBetween, isDayKey } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { ReportPaper, ReportPeriod } from '../../domain/report/report-types';

// The choices a report is made from, and their checks. Pure, so the screen stays declarative.

/** The default period: the 30 days ending today. */
export const DEFAULT_PERIOD_DAYS = 30;
/** A report covers at most a year: its entries are read for the whole period. */
export const MAX_PERIOD_DAYS = 366;

export function defaultPeriod(today: DayKey): { from: string; to: string } {
  return { from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
}

/** Letter where it is the usual paper (the US and Canada), A4 everywhere else. */
export function defaultPaper(language: string): ReportPaper {
  return /^[a-z]{2,3}-(US|CA)\b/i.test(language) ? 'letter' : 'a4';
}

export interface PeriodCheck {
  period: ReportPeriod | null;
  errors: { from?: string; to?: string };
}

export function checkPeriod(from: string, to: string): PeriodCheck {
  const errors: PeriodCheck['errors'] = {};
  if (!isDayKey(from)) errors.from = 'Enter the first day of the period';
  if (!isDayKey(to)) errors.to = 'Enter the last day of the period';
  if (isDayKey(from) && isDayKey(to)) {
    if (to < from) errors.to = 'The last day must be on or after the first day';
    else if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) errors.to = 'A report covers at most a year';
    else return { period: { from, to }, errors };
  }
  return { period: null, errors };
}

/** Characters file systems (and the IPC schema) refuse in a file name, besides control characters. */
const REFUSED = '/\\:*?"<>|';

/** A file name for the PDF: the client and the last day, refused characters replaced by spaces. */
export function reportFileName(clientName: string, to: DayKey): string {
  const client = [...clientName]
    .map((character) => (character < ' ' || character === '\u007f' || REFUSED.includes(character) ? ' ' : character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `Status report ${client ? `${client} ` : ''}${to}.pdf`;
}
