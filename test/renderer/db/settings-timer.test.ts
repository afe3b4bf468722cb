import { beforeEach, describe, expect, it } from 'vitest';
import { createTandemDb } from '../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../src/renderer/src/db/repositories/settings-repo';
import { timerRepo } from '../../../src/renderer/src/db/repositories/timer-repo';
import { DEFAULT_SETTINGS } from '../../../src/renderer/src/domain/model/settings';
import { pinZone } from '../../support/vitest-clock';
import { fieldErrorsOfCall, freshDb, seedWorld } from './helpers';

const at = (day: number, hour: number, minute = 0, second = 0) => new Date(2026, 2, day, hour, minute, second);

describe('settingsRepo', () => {
  it('reads defaults without writing and merges updates', async () => {
    const db = freshDb();
    expect(await settingsRepo(db).get()).toEqual(DEFAULT_SETTINGS);
    expect(await db.settings.count()).toBe(0);
    const saved = await settingsRepo(db).update({ agencyName: 'Studio Nord', weekStart: 0, homeCurrency: 'usd' });
    expect(saved).toMatchObject({ agencyName: 'Studio Nord', weekStart: 0, homeCurrency: 'USD', defaultRate: 10_000 });
    expect(await fieldErrorsOfCall(() => settingsRepo(db).update({ workEndMinute: 60 }))).toEqual({
      workEndMinute: 'Work must end after it starts',
    });
    expect(await settingsRepo(db).get()).toEqual(saved);
  });
});

describe('settingsRepo with a record saved before invoices existed', () => {
  it('reads it with the invoice defaults, and an update keeps the old fields', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'settings', agencyName: 'Studio Nord', homeCurrency: 'EUR', defaultRate: 12_000 } as never);
    const read = await settingsRepo(db).get();
    expect(read).toMatchObject({ agencyName: 'Studio Nord', defaultRate: 12_000, invoiceNumberPattern: '{YYYY}-{seq:4}' });
    expect(read).toMatchObject({ paymentTermsDays: 30, taxRates: [], agencyAddress: '', bankDetails: '', workWeekDays: 5 });
    const saved = await settingsRepo(db).update({ paymentTermsDays: 14, taxRates: [{ rateBasisPoints: 1900, note: 'VAT' }] });
    expect(saved).toMatchObject({ agencyName: 'Studio Nord', defaultRate: 12_000, paymentTermsDays: 14 });
    expect(await db.settings.get('settings')).toEqual(saved);
  });
});

describe('timerRepo', () => {
  // The expected instants are written for Berlin (UTC+1 in early March), whatever the run's zone.
  beforeEach(() => pinZone('Europe/Berlin'));

  it('starts, restarts while running (stopping the old one into an entry) and stops', async () => {
    const db = freshDb();
    const { web, app } = await seedWorld(db);
    const timer = timerRepo(db);
    const { timer: first, stopped: none } = await timer.start({ projectId: web.id, note: 'Hero section' }, at(2, 9));
    expect(none).toEqual([]);
    expect(first).toMatchObject({
      id: 'running',
      projectId: web.id,
      hat: 'production',
      billable: true,
      startedAt: '2026-03-02T08:00:00.000Z',
    });

    const { timer: second, stopped } = await timer.start({ projectId: app.id, hat: 'project' }, at(2, 10, 30, 20));
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({
      projectId: web.id,
      minutes: 90, // 90 min 20 s rounds to 90
      day: '2026-03-02',
      startedAt: '2026-03-02T08:00:00.000Z',
      rateSnapshot: 12_000,
      note: 'Hero section',
      source: { kind: 'timer' },
    });
    expect(second.projectId).toBe(app.id);
    expect(await db.timer.count()).toBe(1);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 90, amountMinor: 18_000 });

    const entries = await timer.stop(at(2, 11, 0, 30)); // 30 min 10 s
    expect(entries.map((e) => [e.projectId, e.minutes, e.rateSnapshot, e.hat])).toEqual([[app.id, 30, 10_000, 'project']]);
    expect(await timer.get()).toBeUndefined();
    expect(await timer.stop(at(2, 12))).toEqual([]);
  });

  it('drops runs under a minute and discards on request', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timerRepo(db).start({ projectId: web.id }, at(2, 9));
    expect(await timerRepo(db).stop(at(2, 9, 0, 29))).toEqual([]);
    expect(await db.timer.count()).toBe(0);
    await timerRepo(db).start({ projectId: web.id }, at(2, 9));
    await timerRepo(db).discard();
    expect(await db.timer.count()).toBe(0);
    expect(await db.timeEntries.count()).toBe(0);
  });

  it('puts a run past midnight on the day it started and splits runs over 24 hours', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timerRepo(db).start({ projectId: web.id }, at(2, 23, 30));
    expect((await timerRepo(db).stop(at(3, 0, 45))).map((e) => [e.day, e.minutes])).toEqual([['2026-03-02', 75]]);
    await timerRepo(db).start({ projectId: web.id }, at(4, 8));
    const long = await timerRepo(db).stop(at(5, 14));
    expect(long.map((e) => [e.day, e.minutes, e.startedAt])).toEqual([
      ['2026-03-04', 1440, '2026-03-04T07:00:00.000Z'],
      ['2026-03-05', 360, '2026-03-05T07:00:00.000Z'],
    ]);
    expect(await db.projectTotals.get(web.id)).toMatchObject({ minutes: 1875, entryCount: 3 });
  });

  it('survives reopening the database and refuses unknown projects without touching the running one', async () => {
    const db = freshDb();
    const { web } = await seedWorld(db);
    await timerRepo(db).start({ projectId: web.id }, at(2, 9));
    expect(await fieldErrorsOfCall(() => timerRepo(db).start({ projectId: 'gone' }, at(2, 10)))).toEqual({
      projectId: 'Choose a project that exists',
    });
    db.close();
    const reopened = createTandemDb(db.name);
    expect(await timerRepo(reopened).get()).toMatchObject({ projectId: web.id, startedAt: '2026-03-02T08:00:00.000Z' });
    expect(await reopened.timeEntries.count()).toBe(0);
    const changed = await timerRepo(reopened).update({ hat: 'account', note: 'Status call' });
    expect(changed).toMatchObject({ hat: 'account', note: 'Status call' });
    reopened.close();
    await db.open();
  });
});
