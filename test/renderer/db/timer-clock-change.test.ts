import { describe, expect, it } from 'vitest';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { pinMoment } from '../../support/vitest-clock';
import { freshDb, seedWorld } from './helpers';

// A timer run across midnight and a clock change (Europe/Berlin) logs the real elapsed minutes on
// the local day it started.

async function run(start: string, stop: string) {
  const db = freshDb();
  const { web } = await seedWorld(db);
  await timerRepo(db).start({ projectId: web.id }, new Date(start));
  return (await timerRepo(db).stop(new Date(stop))).map((entry) => [entry.day, entry.minutes, entry.startedAt]);
}

describe('a timer across midnight and a clock change', () => {
  it('logs 3 hours from Saturday 23:30 CET to 03:30 CEST on the spring-forward Sunday (4 on the clock)', async () => {
    pinMoment('2027-03-28T03:30:00+02:00', 'Europe/Berlin');
    expect(await run('2027-03-27T23:30:00+01:00', '2027-03-28T03:30:00+02:00')).toEqual([['2027-03-27', 180, '2027-03-27T22:30:00.000Z']]);
  });

  it('logs 5 hours from Saturday 23:30 CEST to 03:30 CET on the fall-back Sunday (4 on the clock)', async () => {
    pinMoment('2026-10-25T03:30:00+01:00', 'Europe/Berlin');
    expect(await run('2026-10-24T23:30:00+02:00', '2026-10-25T03:30:00+01:00')).toEqual([['2026-10-24', 300, '2026-10-24T21:30:00.000Z']]);
  });
});
