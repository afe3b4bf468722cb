import type { DayKey } from '../time/day-key';
import type { CsvEntry } from './types';

// The figures the preview shows before anything is written.

export interface CsvSummary {
  entryCount: number;
  totalMinutes: number;
  billableMinutes: number;
  firstDay: DayKey | null;
  lastDay: DayKey | null;
  /** amounts the file states, per currency ('' when the file names none) */
  amounts: { currency: string; minor: number }[];
  /** entries whose start the clock skipped or showed twice (CsvEntry.clockChange), said in the preview */
  clockChanges: { skipped: number; repeated: number };
}

export function summarizeEntries(entries: readonly CsvEntry[]): CsvSummary {
  let totalMinutes = 0;
  let billableMinutes = 0;
  let firstDay: DayKey | null = null;
  let lastDay: DayKey | null = null;
  const amounts = new Map<string, number>();
  const clockChanges = { skipped: 0, repeated: 0 };
  for (const entry of entries) {
    if (entry.clockChange) clockChanges[entry.clockChange] += 1;
    totalMinutes += entry.minutes;
    if (entry.billable) billableMinutes += entry.minutes;
    if (firstDay === null || entry.day < firstDay) firstDay = entry.day;
    if (lastDay === null || entry.day > lastDay) lastDay = entry.day;
    if (entry.amountMinor !== undefined) {
      const currency = entry.currency ?? '';
      amounts.set(currency, (amounts.get(currency) ?? 0) + entry.amountMinor);
    }
  }
  return {
    entryCount: entries.length,
    totalMinutes,
    billableMinutes,
    firstDay,
    lastDay,
    amounts: [...amounts].map(([currency, minor]) => ({ currency, minor })),
    clockChanges,
  };
}
