import { HATS } from '../model/hat';
import type { SequenceFigures } from './day-figures';
import type { DaySwitching } from './day-rollup';

// "Everyone" on the Switching screen: switching is counted per person (a teammate's entry between two
// of mine is not my switch), so several people's figures of one day are added up, never merged
// into one sequence. Switches, deep work, minutes and stretches add; project runs are put one
// person after another, with where each person starts kept so no client switch is counted between them.

/** Two people's figures of one day added up (b's runs after a's). */
export function addFigures(a: SequenceFigures, b: SequenceFigures): SequenceFigures {
  return {
    projectRuns: [...a.projectRuns, ...b.projectRuns],
    projectSwitches: a.projectSwitches + b.projectSwitches,
    hatSwitches: a.hatSwitches + b.hatSwitches,
    stretches: [...a.stretches, ...b.stretches],
    deepWorkMinutes: a.deepWorkMinutes + b.deepWorkMinutes,
  };
}

/** One row per day (in day order) from people's rows of those days (one person's rows pass through as they are). */
export function sumPeopleRows(rows: readonly DaySwitching[]): DaySwitching[] {
  const byDay = new Map<string, DaySwitching>();
  for (const row of rows) {
    const sum = byDay.get(row.day);
    if (!sum) {
      byDay.set(row.day, row);
      continue;
    }
    const hatMinutes = { ...sum.hatMinutes };
    for (const hat of HATS) hatMinutes[hat] += row.hatMinutes[hat];
    byDay.set(row.day, {
      day: row.day,
      entryCount: sum.entryCount + row.entryCount,
      hatMinutes,
      ...addFigures(sum, row),
      personStarts: [...(sum.personStarts ?? []), sum.projectRuns.length],
    });
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
