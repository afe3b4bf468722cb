import { useEffect, useMemo } from 'react';
import type { DayKey } from '../domain/time/day-key';
import { holdClock, useClockField } from './clock-store';

export type ClockResolution = 'minute' | 'second';

/**
 * Now, from the one clock: floored to the minute (the default: now-lines, elapsed minutes, "so far"
 * figures) or to the second (a running timer's display). The Date is the same object until it moves.
 */
export function useNow({ resolution = 'minute' }: { resolution?: ClockResolution } = {}): Date {
  const ms = useClockField(resolution);
  useEffect(() => holdClock(resolution === 'second'), [resolution]);
  return useMemo(() => new Date(ms), [ms]);
}

/** Today's local day from the same clock: it turns at local midnight, and on waking past it. */
export function useToday(): DayKey {
  const today = useClockField('today');
  useEffect(() => holdClock(false), []);
  return today;
}
