import { fileNamePart } from '../../domain/format/file-name';
import { formReader } from '../../domain/parse/form-reader';
import { addDays, daysBetween } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { ReportPeriod } from '../../domain/report/report-types';

// The choices a report is made from, and their checks. Pure, so the screen stays declarative.

/** The default period: the 30 days ending today. */
export const DEFAULT_PERIOD_DAYS = 30;
/** A report covers at most a year: its entries are read for the whole period. */
export const MAX_PERIOD_DAYS = 366;

export function defaultPeriod(today: DayKey): { from: string; to: string } {
  return { from: addDays(today, -(DEFAULT_PERIOD_DAYS - 1)), to: today };
}

export interface PeriodCheck {
  period: ReportPeriod | null;
  errors: { from?: string; to?: string };
}

export function checkPeriod(fromText: string, toText: string): PeriodCheck {
  const read = formReader();
  const from = read.day('from', fromText, { required: 'Enter the first day of the period' });
  const to = read.day('to', toText, { required: 'Enter the last day of the period' });
  if (from === undefined || to === undefined) return { period: null, errors: { ...read.errors } };
  if (to < from) return { period: null, errors: { to: 'The last day must be on or after the first day' } };
  if (daysBetween(from, to) + 1 > MAX_PERIOD_DAYS) return { period: null, errors: { to: 'A report covers at most a year' } };
  return { period: { from, to }, errors: {} };
}

/** A file name for the PDF: the client and the last day, refused characters replaced by spaces. */
export function reportFileName(clientName: string, to: DayKey): string {
  const client = fileNamePart(clientName);
  return `Status report ${client ? `${client} ` : ''}${to}.pdf`;
}
