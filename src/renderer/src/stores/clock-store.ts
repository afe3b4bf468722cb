import { create } from 'zustand';
import { dayKeyOf, type DayKey } from '../domain/time/day-key';
import { readClock } from '../platform/clock';

// One clock for every screen: "now" and "today" come from here, so screens change day together.
// It ticks on the next whole minute (whole second while something shows seconds), by a timeout
// measured from each reading rather than an interval, so it never drifts. Every tick re-reads the
// clock and schedules from that reading: a tick that arrives late (the machine slept, the wall
// clock moved) shows the new time and day by itself. Timers of a sleeping or hidden page may not
// fire for a while, so waking up, showing the page and focusing the window read the clock too.

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

export interface ClockState {
  /** The last reading floored to the second (ms since epoch); moves each second only while seconds are watched. */
  second: number;
  /** The last reading floored to the minute (ms since epoch). */
  minute: number;
  /** The local day of the last reading. */
  today: DayKey;
}

function stateAt(ms: number): ClockState {
  return { second: floorTo(ms, SECOND_MS), minute: floorTo(ms, MINUTE_MS), today: dayKeyOf(new Date(ms)) };
}

function floorTo(ms: number, step: number): number {
  return Math.floor(ms / step) * step;
}

export const useClockStore = create<ClockState>()(() => stateAt(readClock().getTime()));

let holders = 0;
let secondHolders = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * A field of the clock for a component. While nothing holds the clock the store is as old as its last
 * tick (hours, in a test pinned elsewhere), so a first render reads the clock itself; holding it then
 * brings the store to the same reading.
 */
export function useClockField<K extends keyof ClockState>(field: K): ClockState[K] {
  const held = useClockStore((state) => state[field]);
  return holders > 0 ? held : stateAt(readClock().getTime())[field];
}

/** Reads the clock into the store and, while anything holds the clock, schedules the next tick. */
export function refreshClock(): void {
  const ms = readClock().getTime();
  // Unchanged fields keep their values, so a reading inside the same minute re-renders no minute watcher.
  useClockStore.setState(stateAt(ms));
  clearTimeout(pending);
  pending = undefined;
  if (holders === 0) return;
  const step = secondHolders > 0 ? SECOND_MS : MINUTE_MS;
  pending = setTimeout(refreshClock, floorTo(ms, step) + step - ms);
}

function listen(on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  document[method]('visibilitychange', refreshClock);
  window[method]('focus', refreshClock);
  window[method]('pageshow', refreshClock);
}

/**
 * Keeps the clock ticking while the caller shows the time (`seconds`: tick each second); returns the
 * release. The first hold reads the clock at once, so a screen never starts from a stale reading.
 */
export function holdClock(seconds: boolean): () => void {
  if (holders === 0) listen(true);
  holders += 1;
  if (seconds) secondHolders += 1;
  if (holders === 1 || (seconds && secondHolders === 1)) refreshClock();
  return () => {
    holders -= 1;
    if (seconds) secondHolders -= 1;
    if (holders > 0) return;
    listen(false);
    clearTimeout(pending);
    pending = undefined;
  };
}
