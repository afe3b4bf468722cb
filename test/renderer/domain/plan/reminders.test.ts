import { describe, expect, it } from 'vitest';
import { reminderText, upcomingReminders } from '../../../../src/renderer/src/domain/plan/reminders';
import type { TimeBlock } from '../../../../src/renderer/src/domain/model/time-block';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { pinMoment, pinZone } from '../../../support/vitest-clock';

const DAY = toDayKey('2026-03-03');
const block = (
  id: string,
  startMinute: number,
  endMinute: number,
  kind: TimeBlock['kind'] = 'deep_work',
  title = '',
  day = DAY,
) => ({
  id,
  day,
  startMinute,
  endMinute,
  kind,
  title,
});
const local = (hour: number, minute: number) => new Date(2026, 2, 3, hour, minute);
const MIN = 60_000;

describe('upcomingReminders', () => {
  const blocks = [
    block('b', 14 * 60, 15 * 60, 'meeting', 'Kick-off'),
    block('a', 9 * 60, 11 * 60),
    block('c', 8 * 60, 8 * 60 + 30),
  ];

  it('reminds five minutes before each block that has not started, earliest first', () => {
    const reminders = upcomingReminders(local(8, 40), blocks, true);
    expect(reminders.map((r) => [r.blockId, r.at, r.startsAt])).toEqual([
      ['a', local(8, 55).getTime(), local(9, 0).getTime()],
      ['b', local(13, 55).getTime(), local(14, 0).getTime()],
    ]);
    expect(reminders[0]).toMatchObject({
      title: 'Deep work at 09:00',
      body: '09:00–11:00, starts in 5 minutes',
      key: 'a@2026-03-03T540',
    });
    expect(reminders[1]).toMatchObject({ title: 'Kick-off at 14:00', body: 'Meeting · 14:00–15:00, starts in 5 minutes' });
  });

  it('reminds at once, with the minutes left, when a block starts within five minutes', () => {
    const [first] = upcomingReminders(local(8, 58), blocks, true);
    expect(first).toMatchObject({ blockId: 'a', at: local(8, 58).getTime(), body: '09:00–11:00, starts in 2 minutes' });
  });

  it('forgets a block once it has started', () => {
    expect(upcomingReminders(local(9, 0), blocks, true).map((r) => r.blockId)).toEqual(['b']);
    expect(upcomingReminders(local(14, 0), blocks, true)).toEqual([]);
  });

  it('gives nothing when the setting is off', () => {
    expect(upcomingReminders(local(8, 0), blocks, false)).toEqual([]);
  });

  it('keys a moved block afresh, so it is reminded again', () => {
    const [before] = upcomingReminders(local(8, 0), [block('a', 9 * 60, 10 * 60)], true);
    const [after] = upcomingReminders(local(8, 0), [block('a', 9 * 60 + 30, 10 * 60)], true);
    expect(before?.key).not.toBe(after?.key);
  });

  it('adds the caller’s context to the text', () => {
    const [first] = upcomingReminders(local(8, 0), [block('a', 9 * 60, 10 * 60, 'client', 'Call')], true, () => 'ACME Website');
    expect(first?.body).toBe('Client time · ACME Website · 09:00–10:00, starts in 5 minutes');
  });

  it('counts real minutes across a spring-forward change', () => {
    // Clocks jump 02:00 → 03:00: New York on 8 March 2026, Berlin (also for a run zone without the change) on 29 March.
    const newYork = process.env.TZ === 'America/New_York';
    pinZone(newYork ? 'America/New_York' : 'Europe/Berlin');
    const day = toDayKey(newYork ? '2026-03-08' : '2026-03-29');
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const now = new Date(year, month - 1, date, 1, 50);
    const [first] = upcomingReminders(now, [block('a', 3 * 60, 4 * 60, 'deep_work', '', day)], true);
    // 01:50 → 03:00 is ten real minutes on that day, so the reminder is five minutes from now.
    expect(first?.startsAt).toBe(now.getTime() + 10 * MIN);
    expect(first?.at).toBe(now.getTime() + 5 * MIN);
  });
});

describe('reminderText', () => {
  it('says "starts now" and singular minutes', () => {
    expect(reminderText(block('a', 600, 660), 0).body).toBe('10:00–11:00, starts now');
    expect(reminderText(block('a', 600, 660), 1).body).toBe('10:00–11:00, starts in 1 minute');
  });

  it('reminds once for a block at 02:15 on the fall-back day: before the first 02:15 (CEST), not the second', () => {
    pinMoment('2026-10-25T02:00:00+02:00', 'Europe/Berlin');
    const fallBack = [block('a', 2 * 60 + 15, 3 * 60, 'deep_work', '', toDayKey('2026-10-25'))];
    const [first] = upcomingReminders(new Date(), fallBack, true);
    expect(first).toMatchObject({ at: Date.parse('2026-10-25T02:10:00+02:00'), startsAt: Date.parse('2026-10-25T02:15:00+02:00') });
    // At the second 02:10 (CET) the block started an hour ago: nothing is reminded again.
    expect(upcomingReminders(new Date('2026-10-25T02:10:00+01:00'), fallBack, true)).toEqual([]);
  });
});
