import { isShown } from '../../domain/model/person';
import type { PersonFilter } from '../../domain/model/person';
import type { Project } from '../../domain/model/project';
import type { Settings } from '../../domain/model/settings';
import { clientLookup } from '../../domain/switching/client-switches';
import { sumPeopleRows } from '../../domain/switching/people';
import { plannedByDay } from '../../domain/switching/plan-figures';
import type { SwitchingRangeInput } from '../../domain/switching/range-summary';
import { TREND_DAYS } from '../../domain/switching/range-series';
import { addDays } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { TandemDb } from '../db';
import { readSettings } from '../repositories/lookups';
import { blocksForDayRange } from './plan';
import { switchingDaysBetween } from '../rollup-store';

// The Switching screen's range: switchingDays rows (one per person per worked day, by primary key
// range, from 6 days before `from` for the trailing average), one person's or everyone's summed per
// day; the plan's figures for the same days computed from the blocks (few: about six a working day);
// and the projects named in the rows (for their clients). No time entry is read.

export interface SwitchingRangeData {
  from: DayKey;
  to: DayKey;
  /** whose switching: one person's, or undefined for everyone's summed */
  person: PersonFilter;
  input: SwitchingRangeInput;
  settings: Settings;
}

/** `person`: one person's days only; undefined: everyone's. */
export async function switchingRange(db: TandemDb, from: DayKey, to: DayKey, person?: PersonFilter): Promise<SwitchingRangeData> {
  const [stored, blocks, settings] = await Promise.all([
    switchingDaysBetween(db, addDays(from, -(TREND_DAYS - 1)), to),
    blocksForDayRange(db, from, to, person),
    readSettings(db),
  ]);
  const rows = sumPeopleRows(stored.filter((row) => isShown(row, person)));
  const projectIds = [...new Set(rows.flatMap((row) => row.projectRuns))];
  const projects = (await db.projects.bulkGet(projectIds)).filter((project): project is Project => project !== undefined);
  return {
    from,
    to,
    person,
    settings,
    input: {
      from,
      to,
      rows,
      planned: plannedByDay(blocks),
      clientOf: clientLookup(projects),
      settings: {
        deepWorkTargetMinutes: settings.deepWorkTargetMinutes,
        minutesLostPerSwitch: settings.minutesLostPerSwitch,
        weekStart: settings.weekStart,
      },
    },
  };
}
