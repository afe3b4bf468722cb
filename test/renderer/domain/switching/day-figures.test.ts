import { describe, expect, it } from 'vitest';
import { DaySwitchingBuilder, daySwitchingOf, personDayKey } from '../../../../src/renderer/src/domain/switching/day-rollup';
import { summarizeDay } from '../../../../src/renderer/src/domain/switching/day-summary';
import { clientLookup } from '../../../../src/renderer/src/domain/switching/client-switches';
import { addDays } from '../../../../src/renderer/src/domain/time/day-key';
import { OWNER_PERSON_ID } from '../../../../src/renderer/src/domain/model/person';
import { MONDAY, entry, springForwardDay } from './fixtures';

// Expectations are worked out by hand from docs/product.md, "Switching, focus and deep work", as read in sequence.ts and
// day-figures.ts. Projects: WEB and APP belong to client Acme, ADS to Globex.
const clientOf = clientLookup([
  { id: 'WEB', clientId: 'acme' },
  { id: 'APP', clientId: 'acme' },
  { id: 'ADS', clientId: 'globex' },
]);
const LOST_PER_SWITCH = 10;

function figures(entries: Parameters<typeof daySwitchingOf>[1]) {
  const row = daySwitchingOf(MONDAY, entries);
  if (!row) throw new Error('expected a row');
  return { row, summary: summarizeDay(row, clientOf, LOST_PER_SWITCH) };
}

describe('switching figures of one day', () => {
  it('has no row for a day without entries', () => {
    expect(daySwitchingOf(MONDAY, [])).toBeNull();
  });

  it('ignores entries under 2 minutes: no switch, no break in the stretch, but their minutes count per hat', () => {
    const { row } = figures([
      entry('WEB', MONDAY, '09:00', 60),
      entry('ADS', MONDAY, '10:00', 1, 'account'),
      entry('WEB', MONDAY, '10:01', 60),
    ]);
    expect(row).toMatchObject({
      entryCount: 3,
      projectRuns: ['WEB'],
      projectSwitches: 0,
      hatSwitches: 0,
      stretches: [120], // the 1-minute entry is skipped; the gap it leaves is 1 minute
      deepWorkMinutes: 120,
      hatMinutes: { production: 120, account: 1, project: 0 },
    });
  });

  it('counts an entry of exactly 2 minutes as a switch there and back', () => {
    const { row, summary } = figures([
      entry('WEB', MONDAY, '09:00', 60),
      entry('ADS', MONDAY, '10:00', 2, 'account'),
      entry('WEB', MONDAY, '10:02', 60),
    ]);
    expect(row).toMatchObject({ projectSwitches: 2, hatSwitches: 2, stretches: [60, 2, 60], deepWorkMinutes: 120 });
    expect(summary).toMatchObject({ clientSwitches: 2, distinctProjects: 2, distinctClients: 2, minutesLost: 20 });
  });

  it('keeps a focus stretch over a gap of 5 minutes and ends it at 6', () => {
    const five = figures([entry('WEB', MONDAY, '09:00', 30), entry('WEB', MONDAY, '09:35', 30)]).row;
    expect(five).toMatchObject({ stretches: [60], deepWorkMinutes: 60, projectSwitches: 0 });
    const six = figures([entry('WEB', MONDAY, '09:00', 30), entry('WEB', MONDAY, '09:36', 30)]).row;
    expect(six).toMatchObject({ stretches: [30, 30], deepWorkMinutes: 0, projectSwitches: 0 });
  });

  it('counts a switch whatever the gap: a long lunch between two projects is still a switch', () => {
    const { row } = figures([entry('WEB', MONDAY, '09:00', 180), entry('APP', MONDAY, '14:00', 120)]);
    expect(row).toMatchObject({ projectSwitches: 1, stretches: [180, 120], deepWorkMinutes: 300 });
  });

  it('counts deep work only from production-hat runs of 60 minutes or more on one project', () => {
    const { row } = figures([
      entry('WEB', MONDAY, '09:00', 40),
      entry('WEB', MONDAY, '09:40', 10, 'project'), // same project: the focus stretch goes on, deep work breaks
      entry('WEB', MONDAY, '09:50', 40),
      entry('APP', MONDAY, '10:30', 59), // 59 minutes: not deep work
      entry('ADS', MONDAY, '11:30', 75),
    ]);
    expect(row).toMatchObject({ stretches: [90, 59, 75], deepWorkMinutes: 75, hatSwitches: 2, projectSwitches: 2 });
  });

  it('gives a day of one project no switches but still counts its hat changes', () => {
    const { row, summary } = figures([
      entry('WEB', MONDAY, '09:00', 120),
      entry('WEB', MONDAY, '11:00', 30, 'account'),
      entry('WEB', MONDAY, '13:00', 45, 'project'),
      entry('WEB', MONDAY, '13:45', 90),
    ]);
    expect(row).toMatchObject({
      projectRuns: ['WEB'],
      projectSwitches: 0,
      hatSwitches: 3,
      stretches: [150, 135],
      deepWorkMinutes: 210,
    });
    expect(summary).toMatchObject({
      clientSwitches: 0,
      distinctProjects: 1,
      distinctClients: 1,
      longestStretch: 150,
      averageStretch: 143, // (150 + 135) / 2 = 142.5, rounded
      minutesLost: 0,
    });
  });

  it('counts every change on a day of alternating projects, and client changes only across clients', () => {
    const alternating = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30'].map((start, index) =>
      entry(index % 2 === 0 ? 'WEB' : 'ADS', MONDAY, start, 30, index % 2 === 0 ? 'production' : 'account'),
    );
    const across = figures(alternating);
    expect(across.row).toMatchObject({ projectSwitches: 7, hatSwitches: 7, stretches: Array(8).fill(30), deepWorkMinutes: 0 });
    expect(across.summary).toMatchObject({ clientSwitches: 7, distinctClients: 2, minutesLost: 70, longestStretch: 30 });

    const sameClient = figures(alternating.map((item) => (item.projectId === 'ADS' ? { ...item, projectId: 'APP' } : item)));
    expect(sameClient.summary).toMatchObject({ projectSwitches: 7, clientSwitches: 0, distinctProjects: 2, distinctClients: 1 });
  });

  it('orders by start instant whatever order the entries come in', () => {
    const entries = [entry('WEB', MONDAY, '11:00', 30), entry('APP', MONDAY, '09:00', 30), entry('WEB', MONDAY, '10:00', 30)];
    const forwards = daySwitchingOf(MONDAY, entries);
    expect(forwards).toMatchObject({ projectRuns: ['APP', 'WEB'], projectSwitches: 1, stretches: [30, 30, 30] });
    expect(daySwitchingOf(MONDAY, [...entries].reverse())).toEqual(forwards);
  });

  it('treats overlapping entries as having no gap', () => {
    const { row } = figures([entry('WEB', MONDAY, '09:00', 60), entry('WEB', MONDAY, '09:30', 60)]);
    expect(row).toMatchObject({ stretches: [120], deepWorkMinutes: 120 });
  });

  it('keeps an entry across midnight wholly on the day it started, and starts the next day afresh', () => {
    const sunday = addDays(MONDAY, -1);
    const builder = new DaySwitchingBuilder();
    for (const item of [
      entry('WEB', sunday, '22:00', 60),
      entry('ADS', sunday, '23:30', 90, 'account'), // runs to 01:00 on Monday
      entry('APP', MONDAY, '01:00', 60), // follows ADS with no gap, but on another day: no switch
      entry('APP', MONDAY, '02:05', 30),
    ])
      builder.add(item);
    const [sundayRow, mondayRow] = builder.rows();
    expect(sundayRow).toMatchObject({
      day: sunday,
      projectSwitches: 1,
      stretches: [60, 90],
      hatMinutes: { production: 60, account: 90, project: 0 },
    });
    expect(mondayRow).toMatchObject({
      day: MONDAY,
      projectRuns: ['APP'],
      projectSwitches: 0,
      stretches: [90],
      deepWorkMinutes: 90,
    });
  });

  it('measures gaps in real time on the spring-forward day', () => {
    // 01:00–01:55, then 03:00: the clock jumps from 02:00 to 03:00, so only 5 real minutes pass.
    const dst = springForwardDay();
    const onDst = daySwitchingOf(dst, [entry('WEB', dst, '01:00', 55), entry('WEB', dst, '03:00', 60)]);
    expect(onDst).toMatchObject({ stretches: [115], deepWorkMinutes: 115 });
    // The same wall-clock times on an ordinary day leave a 65-minute gap: two stretches.
    const ordinary = addDays(dst, 7);
    const onOrdinary = daySwitchingOf(ordinary, [entry('WEB', ordinary, '01:00', 55), entry('WEB', ordinary, '03:00', 60)]);
    expect(onOrdinary).toMatchObject({ stretches: [55, 60], deepWorkMinutes: 60 });
  });

  it('builds the same rows from entries in any order as one day at a time', () => {
    const tuesday = addDays(MONDAY, 1);
    const entries = [
      entry('WEB', MONDAY, '09:00', 50),
      entry('ADS', tuesday, '09:00', 70),
      entry('APP', MONDAY, '10:00', 20, 'project'),
      entry('WEB', tuesday, '10:15', 20),
    ];
    const builder = new DaySwitchingBuilder();
    for (const item of [...entries].reverse()) builder.add(item);
    // Entries without a person are the owner's: one row per day, the owner's, keeping its entries in
    // the day's order.
    const kept = (item: (typeof entries)[number]) => [item.id, Date.parse(item.startedAt), item.minutes, item.projectId, item.hat];
    const [webMonday, adsTuesday, appMonday, webTuesday] = entries.map(kept);
    expect(builder.rows()).toEqual([
      { ...daySwitchingOf(MONDAY, entries.filter((item) => item.day === MONDAY)), personId: OWNER_PERSON_ID, entries: [webMonday, appMonday] },
      { ...daySwitchingOf(tuesday, entries.filter((item) => item.day === tuesday)), personId: OWNER_PERSON_ID, entries: [adsTuesday, webTuesday] },
    ]);
  });

  it('recomputes a stored row from its kept entries and a change: a removal, an edit in either order, an addition', () => {
    const first = entry('WEB', MONDAY, '09:00', 60);
    const second = entry('ADS', MONDAY, '10:00', 30, 'account');
    const third = entry('WEB', MONDAY, '10:30', 60);
    const seed = new DaySwitchingBuilder();
    for (const item of [first, second, third]) seed.add(item);
    const stored = new Map(seed.rows().map((row) => [personDayKey(row.day, row.personId), row]));

    // ADS removed: WEB twice in a row, no switch; the half-hour gap between them ends a stretch.
    const removal = new DaySwitchingBuilder();
    removal.remove(second);
    expect(removal.writesOver(stored).puts[0]).toMatchObject({ entryCount: 2, projectRuns: ['WEB'], projectSwitches: 0, stretches: [60, 60], hatSwitches: 0 });

    // The third entry edited to APP, its old version removed before or after the new one is added.
    const edited = { ...third, projectId: 'APP' };
    for (const order of [['remove', 'add'], ['add', 'remove']] as const) {
      const edit = new DaySwitchingBuilder();
      for (const step of order) if (step === 'add') edit.add(edited);
      else edit.remove(third);
      expect(edit.writesOver(stored).puts[0], order.join(' then ')).toMatchObject({ entryCount: 3, projectRuns: ['WEB', 'ADS', 'APP'], projectSwitches: 2 });
    }

    // Every entry removed: the row goes.
    const emptied = new DaySwitchingBuilder();
    for (const item of [first, second, third]) emptied.remove(item);
    expect(emptied.writesOver(stored)).toEqual({ puts: [], deletes: [[MONDAY, OWNER_PERSON_ID]] });

    // An entry added at 08:00 comes first in the kept entries.
    const early = entry('APP', MONDAY, '08:00', 45, 'project');
    const addition = new DaySwitchingBuilder();
    addition.add(early);
    const [row] = addition.writesOver(stored).puts;
    expect(row?.entries.map(([id]) => id)).toEqual([early.id, first.id, second.id, third.id]);
    expect(row?.hatMinutes).toEqual({ production: 120, account: 30, project: 45 });
  });

  it('keeps each person’s day apart: a teammate’s entry between two of mine is not my switch', () => {
    const mine = [entry('WEB', MONDAY, '09:00', 60), entry('WEB', MONDAY, '10:30', 60)];
    const kims = { ...entry('ADS', MONDAY, '10:00', 30), personId: 'kim' };
    const builder = new DaySwitchingBuilder();
    for (const item of [mine[0], kims, mine[1]]) if (item) builder.add(item);
    expect(builder.rows().map((row) => [row.personId, row.projectSwitches, row.projectRuns])).toEqual([
      ['kim', 0, ['ADS']],
      [OWNER_PERSON_ID, 0, ['WEB']],
    ]);
  });
});
