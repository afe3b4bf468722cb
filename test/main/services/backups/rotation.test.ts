import { describe, expect, it } from 'vitest';
import { backupsToCheck, backupsToDelete, backupsToKeep } from '../../../../src/main/services/backups/rotation';
import type { RotationItem } from '../../../../src/main/services/backups/rotation';

// Local times (tests run in Europe/Berlin); "now" is Friday 2026-03-20 18:00.
const NOW = new Date(2026, 2, 20, 18, 0);

function at(day: number, hour: number, minute = 0, kept = false): RotationItem {
  const createdAt = new Date(2026, 2, day, hour, minute);
  return {
    id: `${createdAt.getMonth() + 1}-${createdAt.getDate()} ${hour}:${String(minute).padStart(2, '0')}${kept ? ' kept' : ''}`,
    createdAt,
    kept,
  };
}

/** One backup every 30 minutes from 08:00 to 18:00 on each of the given days (before NOW). */
function workDays(days: number[]): RotationItem[] {
  return days.flatMap((day) =>
    Array.from({ length: 21 }, (_, index) => at(day, 8 + Math.floor(index / 2), (index % 2) * 30)).filter(
      (item) => item.createdAt <= NOW,
    ),
  );
}

describe('backup rotation', () => {
  it('keeps the 3 newest of today and deletes the rest of today', () => {
    const today = workDays([20]);
    const keep = backupsToKeep(today, NOW);
    expect([...keep].sort()).toEqual(['3-20 17:00', '3-20 17:30', '3-20 18:00']);
    expect(backupsToDelete(today, NOW)).toHaveLength(today.length - 3);
  });

  it('keeps one a day (the newest) for 14 days and one a week for 8 weeks, nothing older', () => {
    // Two a day (09:00 and 17:00) from 1 January to 20 March 2026.
    const items: RotationItem[] = [];
    for (let date = new Date(2026, 0, 1); date <= NOW; date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1)) {
      for (const hour of [9, 17]) {
        const createdAt = new Date(date.getFullYear(), date.getMonth(), date.getDate(), hour);
        items.push({ id: `${createdAt.getMonth() + 1}-${createdAt.getDate()} ${hour}:00`, createdAt, kept: false });
      }
    }
    const keep = [...backupsToKeep(items, NOW)];
    // today: both (under 3); 19 … 7 March: the 17:00 of each day (days 1–13 ago)
    const daily = Array.from({ length: 13 }, (_, index) => `3-${19 - index} 17:00`);
    // weeks 2–7 back (days 14–55 ago: 6 March … 24 January): the newest of each 7-day span
    const weekly = ['3-6 17:00', '2-27 17:00', '2-20 17:00', '2-13 17:00', '2-6 17:00', '1-30 17:00'];
    expect(keep.sort()).toEqual(['3-20 9:00', '3-20 17:00', ...daily, ...weekly].sort());
    // 8 weeks back and older (23 January and before) are gone
    expect(backupsToDelete(items, NOW)).toContain('1-23 17:00');
    expect(backupsToDelete(items, NOW)).toContain('1-1 9:00');
  });

  it('never deletes a kept backup or the newest one, however old', () => {
    const old = { id: 'old', createdAt: new Date(2025, 0, 1), kept: false };
    const older = { id: 'older', createdAt: new Date(2024, 0, 1), kept: false };
    expect(backupsToDelete([old, older], NOW)).toEqual(['older']);
    expect(backupsToDelete([old, { ...older, kept: true }], NOW)).toEqual([]);
  });

  it('keeps backups dated after now (the clock went back)', () => {
    const items = [at(20, 9), at(21, 9), at(22, 9), at(23, 9), at(20, 8), at(20, 7), at(20, 6)];
    // The three later ones stay whatever happens; today's three newest stay as usual.
    expect(backupsToDelete(items, NOW)).toEqual(['3-20 6:00']);
  });

  it('counts calendar days, not 24-hour spans (a backup at 23:59 yesterday is yesterday)', () => {
    const lateYesterday = at(19, 23, 59);
    const items = [at(20, 0, 1), at(20, 0, 2), at(20, 0, 3), at(20, 0, 4), lateYesterday];
    expect(backupsToDelete(items, NOW)).toEqual(['3-20 0:01']);
  });

  it('gives a damaged backup no place: the good ones it would have pushed out stay', () => {
    const damaged = (item: RotationItem): RotationItem => ({ ...item, damaged: true });
    // Today: two damaged newest, then three good ones. Trusting the headers would keep the two
    // damaged and delete the oldest good one of today.
    const items = [damaged(at(20, 17)), damaged(at(20, 16)), at(20, 15), at(20, 14), at(20, 13)];
    expect(backupsToDelete(items, NOW)).toEqual([]);
    expect(backupsToDelete([...items, at(20, 12)], NOW)).toEqual(['3-20 12:00']);
    // Yesterday's only slot goes to its newest good backup, not to a damaged later one.
    const yesterday = [damaged(at(19, 18)), at(19, 9), at(19, 8)];
    expect([...backupsToKeep(yesterday, NOW)].sort()).toEqual(['3-19 18:00', '3-19 9:00']);
    expect(backupsToDelete(yesterday, NOW)).toEqual(['3-19 8:00']);
  });

  it('leaves a damaged backup for the user until it is older than the weekly span, unless kept', () => {
    const old = { id: 'old damaged', createdAt: new Date(2026, 0, 1), kept: false, damaged: true };
    const recent = { id: 'recent damaged', createdAt: new Date(2026, 2, 1), kept: false, damaged: true };
    const keptOld = { id: 'kept damaged', createdAt: new Date(2025, 0, 1), kept: true, damaged: true };
    expect(backupsToDelete([at(20, 9), old, recent, keptOld], NOW)).toEqual(['old damaged']);
    // The newest backup whatever its age means the newest good one: a damaged newer one does not count.
    const lastGood = { id: 'last good', createdAt: new Date(2025, 5, 1), kept: false };
    expect(backupsToDelete([old, lastGood], NOW)).toEqual(['old damaged']);
  });

  it('asks for the unchecked backups a deletion relies on to be checked first, and only those', () => {
    const today = [at(20, 17), at(20, 16), at(20, 15), at(20, 14)];
    const ids = (items: RotationItem[]) => new Set(items.map((item) => item.id));
    // Today's 14:00 goes only because the three newer ones are sound; the newest was just written (checked).
    expect(backupsToCheck(today, ids(today.slice(1)), NOW).sort()).toEqual(['3-20 15:00', '3-20 16:00']);
    // Once they are checked, nothing stands in the way.
    expect(backupsToCheck(today, new Set(), NOW)).toEqual([]);
    // Nothing is deleted: nothing needs checking.
    expect(backupsToCheck(today.slice(0, 3), ids(today), NOW)).toEqual([]);
    // An old one goes whatever the unchecked others are, since the checked newest stays.
    const old = { id: 'old', createdAt: new Date(2025, 0, 1), kept: false };
    expect(backupsToCheck([at(20, 9), at(19, 9), old], new Set(['3-19 9:00']), NOW)).toEqual([]);
    // But when no newer one is known sound, it would take both newer ones being damaged to spare it:
    // both are checked before it is deleted.
    expect(backupsToCheck([at(20, 9), at(19, 9), old], new Set(['3-20 9:00', '3-19 9:00']), NOW).sort()).toEqual([
      '3-19 9:00',
      '3-20 9:00',
    ]);
  });
});
