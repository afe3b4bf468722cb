import type { SequenceItem } from './sequence';

// The switching figures of one day's counted sequence (see sequence.ts for how it is built).
//
// - Switch: two consecutive items on different projects. Hat switches: consecutive items with
//   different hats, counted the same way on the hat key. (Client switches are counted on the
//   client key from `projectRuns` when read, see client-switches.ts, so moving a project to
//   another client never leaves stored figures stale.)
// - Focus stretch: a run of consecutive items on one project where each gap is at most 5 minutes.
//   Its length is the minutes LOGGED in it: a tolerated gap neither breaks the stretch nor adds
//   to it.
// - Deep work: runs of consecutive production-hat items on one project (same 5-minute gap rule)
//   logging 60 minutes or more; deep-work minutes are the minutes of those runs. A stretch on one
//   project that changes hat part-way is one focus stretch but separate deep-work runs.

export const MAX_GAP_MINUTES = 5;
export const DEEP_WORK_MIN_MINUTES = 60;

export interface SequenceFigures {
  /** project ids in order with consecutive repeats collapsed; switches = length − 1 */
  projectRuns: string[];
  projectSwitches: number;
  hatSwitches: number;
  /** focus stretches in order, minutes logged in each */
  stretches: number[];
  deepWorkMinutes: number;
}

const NO_PROJECT = '';

function gapMinutes(previous: SequenceItem, next: SequenceItem): number {
  return (next.startMs - (previous.startMs + previous.minutes * 60_000)) / 60_000;
}

/** Figures of a counted, ordered sequence (countedSequence / sequenceOfEntries / sequenceOfBlocks). */
export function sequenceFigures(items: readonly SequenceItem[]): SequenceFigures {
  const projectRuns: string[] = [];
  const stretches: number[] = [];
  let hatSwitches = 0;
  let deepWorkMinutes = 0;
  let deepRun = 0;
  let previous: SequenceItem | undefined;

  for (const item of items) {
    const project = item.projectId ?? NO_PROJECT;
    const sameProject = previous !== undefined && (previous.projectId ?? NO_PROJECT) === project;
    const closeEnough = previous !== undefined && gapMinutes(previous, item) <= MAX_GAP_MINUTES;
    if (!sameProject) projectRuns.push(project);
    if (previous !== undefined && previous.hat !== item.hat) hatSwitches += 1;

    if (sameProject && closeEnough) stretches[stretches.length - 1] = (stretches.at(-1) ?? 0) + item.minutes;
    else stretches.push(item.minutes);

    const deep = item.hat === 'production';
    const continuesDeep = deep && sameProject && closeEnough && previous?.hat === 'production';
    if (!continuesDeep) {
      if (deepRun >= DEEP_WORK_MIN_MINUTES) deepWorkMinutes += deepRun;
      deepRun = 0;
    }
    if (deep) deepRun += item.minutes;
    previous = item;
  }
  if (deepRun >= DEEP_WORK_MIN_MINUTES) deepWorkMinutes += deepRun;

  return {
    projectRuns,
    projectSwitches: Math.max(0, projectRuns.length - 1),
    hatSwitches,
    stretches,
    deepWorkMinutes,
  };
}
