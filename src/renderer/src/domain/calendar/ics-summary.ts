import { formatDay } from '../format/format-day';
import type { DayKey } from '../time/day-key';
import type { IcsImport } from './ics-import';

// One sentence telling what an import did, so nothing is skipped silently.

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/**
 * `added` new blocks were written for the week starting `weekFrom`; `existing` were already in the
 * plan (same UID and instance as before).
 */
export function describeIcsImport(result: IcsImport, added: number, existing: number, weekFrom: DayKey): string {
  const { skipped } = result;
  const week = `the week of ${formatDay(weekFrom)}`;
  const parts = [added === 0 ? `No new meetings for ${week}` : `${plural(added, 'meeting')} added for ${week}`];
  if (existing > 0) parts.push(`${existing} already planned`);
  if (result.recurring > 0) parts.push('recurring meetings: import the file again for other weeks');
  if (skipped.outsideRange > 0) parts.push(`${plural(skipped.outsideRange, 'event')} in other weeks left out`);
  if (skipped.allDay > 0) parts.push(`${plural(skipped.allDay, 'all-day event')} skipped`);
  if (skipped.cancelled > 0) parts.push(`${plural(skipped.cancelled, 'cancelled event')} skipped`);
  if (skipped.zeroLength > 0) parts.push(`${plural(skipped.zeroLength, 'event')} without a length skipped`);
  if (skipped.duplicate > 0) parts.push(`${plural(skipped.duplicate, 'duplicate')} skipped`);
  if (skipped.overLimit > 0) parts.push(`${plural(skipped.overLimit, 'repeat')} beyond the safety limits left out`);
  if (result.clipped > 0) parts.push(`${plural(result.clipped, 'event')} cut at midnight`);
  if (result.unknownZones.length > 0) parts.push(`times in ${result.unknownZones.join(', ')} read as local time`);
  return `${parts.join(' · ')}.`;
}
