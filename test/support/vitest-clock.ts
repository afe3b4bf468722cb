import { afterEach, beforeEach, vi } from 'vitest';
import { TEST_NOW_MS } from './test-clock';

// Date runs from the test clock's instant and keeps moving at real speed; timers stay real unless a
// test fakes them itself (vi.useFakeTimers then starts from the pinned time, not the machine's).
// The zone is the project's TZ (vitest.config.ts), restored after a test that pinned its own.

const RUN_ZONE = process.env.TZ;

function runDateFrom(instantMs: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now: instantMs, shouldAdvanceTime: true });
}

/** For a test about one moment: this instant in this zone, whatever the run's clock says. */
export function pinMoment(instant: string, zone: string): void {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new Error(`pinMoment: not an instant: ${instant}`);
  pinZone(zone);
  runDateFrom(ms);
}

/** For a test whose expectations are written in one zone's local time (Node reads TZ again when it is set). */
export function pinZone(zone: string): void {
  process.env.TZ = zone;
}

export function installTestClock(): void {
  beforeEach(() => runDateFrom(TEST_NOW_MS));
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = RUN_ZONE;
  });
}
