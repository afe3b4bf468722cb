import { describe, expect, it } from 'vitest';
import { DaySwitchingBuilder } from '../../../../src/renderer/src/domain/switching/day-rollup';
import { clientLookup } from '../../../../src/renderer/src/domain/switching/client-switches';
import { sumPeopleRows } from '../../../../src/renderer/src/domain/switching/people';
import { plannedByDay } from '../../../../src/renderer/src/domain/switching/plan-figures';
import { summarizeDay } from '../../../../src/renderer/src/domain/switching/day-summary';
import { OWNER_PERSON_ID, assigneeOf, isShown, personOf } from '../../../../src/renderer/src/domain/model/person';
import { ASSIGNEE_ME } from '../../../../src/renderer/src/domain/model/task';
import { MONDAY, block, day, entry } from './fixtures';

// Projects: WEB and APP belong to client Acme, ADS to Globex.
const clientOf = clientLookup([
  { id: 'WEB', clientId: 'acme' },
  { id: 'APP', clientId: 'acme' },
  { id: 'ADS', clientId: 'globex' },
]);

describe('people', () => {
  it('reads a record without a person as the owner’s, and filters by person or not at all', () => {
    expect(personOf({})).toBe(OWNER_PERSON_ID);
    expect(personOf({ personId: 'kim' })).toBe('kim');
    expect([isShown({}, OWNER_PERSON_ID), isShown({}, 'kim'), isShown({ personId: 'kim' }, 'kim'), isShown({}, undefined)]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    // tasks name the owner 'me'
    expect([assigneeOf(OWNER_PERSON_ID), assigneeOf('kim')]).toEqual([ASSIGNEE_ME, 'kim']);
  });

  it('sums people’s rows of a day without a client switch between one person and the next', () => {
    const builder = new DaySwitchingBuilder();
    // The owner: WEB 09:00 60, ADS 10:00 30 (a switch, and between clients). Kim: WEB 09:30 90 (deep work).
    builder.add(entry('WEB', MONDAY, '09:00', 60));
    builder.add(entry('ADS', MONDAY, '10:00', 30, 'account'));
    builder.add({ ...entry('WEB', MONDAY, '09:30', 90), personId: 'kim' });
    builder.add(entry('APP', day('2026-03-03'), '09:00', 30));
    const rows = builder.rows();
    expect(rows.map((row) => [row.day, row.personId])).toEqual([
      [MONDAY, 'kim'],
      [MONDAY, OWNER_PERSON_ID],
      ['2026-03-03', OWNER_PERSON_ID],
    ]);

    const [monday, tuesday] = sumPeopleRows(rows);
    // Kim's runs [WEB] then the owner's [WEB, ADS]: one switch (the owner's), not WEB → WEB joined.
    expect(monday).toMatchObject({
      day: MONDAY,
      entryCount: 3,
      hatMinutes: { production: 150, account: 30, project: 0 },
      projectRuns: ['WEB', 'WEB', 'ADS'],
      personStarts: [1],
      projectSwitches: 1,
      hatSwitches: 1,
      stretches: [90, 60, 30],
      deepWorkMinutes: 150,
    });
    expect(tuesday).toEqual(rows[2]);
    expect(summarizeDay(monday!, clientOf, 10)).toMatchObject({ projectSwitches: 1, clientSwitches: 1, distinctProjects: 2, distinctClients: 2 });

    // Kim on ADS, then the owner on WEB: Globex → Acme at the join is no switch of anyone's.
    const apart = sumPeopleRows([
      { ...rows[0]!, projectRuns: ['ADS'] },
      { ...rows[1]!, projectRuns: ['WEB'], projectSwitches: 0 },
    ]);
    expect(summarizeDay(apart[0]!, clientOf, 10)).toMatchObject({ projectSwitches: 0, clientSwitches: 0, distinctClients: 2 });
  });

  it('plans each person’s day as its own sequence and adds the figures', () => {
    // The owner: deep work on WEB 09:00–11:00. Kim: deep work on WEB 10:00–11:30. Joined into one
    // sequence they would overlap; apart, 120 + 90 planned deep-work minutes.
    const figures = plannedByDay([block(MONDAY, '09:00', '11:00', 'deep_work', 'WEB'), { ...block(MONDAY, '10:00', '11:30', 'deep_work', 'WEB'), personId: 'kim' }]);
    expect(figures.get(MONDAY)).toMatchObject({ deepWorkMinutes: 210, projectSwitches: 0, stretches: [120, 90] });
  });
});
