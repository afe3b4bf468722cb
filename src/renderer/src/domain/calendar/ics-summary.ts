import type { IcsImport } from './ics-import';

// One sentence telling what an import did, so nothing is skipped silently.

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** `added` new blocks were written; `existing` were already in the plan (same UID as before). */
export function describeIcsImport(result: IcsImport, added: number, existing: number): string {
  const { skipped } = result;
  const parts = [added === 0 ? 'No new meetings imported' : `Imported ${plural(added, 'meeting')}`];
  if (existing > 0) parts.push(`${existing} ${existing === 1 ? 'was' : 'were'} already planned`);
  if (skipped.allDay > 0) parts.push(`${plural(skipped.allDay, 'all-day event')} skipped`);
  if (skipped.repeating > 0) parts.push(`${plural(skipped.repeating, 'repeating event')} skipped`);
  if (skipped.cancelled > 0) parts.push(`${plural(skipped.cancelled, 'cancelled event')} skipped`);
  if (skipped.zeroLength > 0) parts.push(`${plural(skipped.zeroLength, 'event')} without a length skipped`);
  if (skipped.duplicate > 0) parts.push(`${plural(skipped.duplicate, 'duplicate')} skipped`);
  if (result.clipped > 0) parts.push(`${plural(result.clipped, 'event')} cut at midnight`);
  if (result.unknownZones.length > 0) parts.push(`times in ${result.unknownZones.join(', ')} read as local time`);
  return `${parts.join(' · ')}.`;
}
