import { toMinor } from '../../domain/units/money';
import { toMinutes } from '../../domain/units/minutes';
import { addDays, daysBetween } from '../../domain/time/day-key';
import type { DayKey } from '../../domain/time/day-key';
import type { ChangeRequest, ChangeRequestStatus, Milestone, ScopeItem } from '../../domain/model/project-parts';
import { CHANGE_REQUEST_TITLES, FIRST_NAMES, SCOPE_TITLES } from './names';
import type { Rng } from './prng';

// Milestones, scope items and change requests for a generated project, consistent with how far
// along it is on `today` (progress 0–1 of its start–end span).

export function progressOn(start: DayKey, end: DayKey, today: DayKey): number {
  const span = Math.max(1, daysBetween(start, end));
  return Math.min(1, Math.max(0, daysBetween(start, today) / span));
}

export function makeMilestones(rng: Rng, start: DayKey, end: DayKey, today: DayKey): Milestone[] {
  const names = ['Kick-off', 'Design sign-off', 'Beta', 'Launch', 'Handover'];
  const count = rng.int(2, 4);
  const span = Math.max(count, daysBetween(start, end));
  return Array.from({ length: count }, (_, index) => {
    const due = addDays(start, Math.round((span * (index + 1)) / count));
    const done = due < today ? addDays(due, rng.int(-3, 4)) : undefined;
    return {
      id: rng.uuid(),
      name: names[index === count - 1 ? 3 : index] ?? 'Milestone',
      due,
      doneAt: done && done <= today ? done : undefined,
    };
  });
}

export function makeScopeItems(rng: Rng, progress: number, count = rng.int(4, 7)): ScopeItem[] {
  const titles = rng.shuffle(SCOPE_TITLES).slice(0, count);
  return titles.map((title, index) => {
    const position = (index + 0.5) / titles.length;
    const status = rng.chance(0.08) ? 'dropped' : position < progress ? 'done' : rng.chance(0.2) ? 'planned' : 'in_scope';
    return { id: rng.uuid(), title, estimateMinutes: toMinutes(rng.int(2, 24) * 60), status };
  });
}

/** Change requests; `statuses` picks which states appear (the sample shows every one). */
export function makeChangeRequests(
  rng: Rng,
  statuses: readonly ChangeRequestStatus[],
  start: DayKey,
  today: DayKey,
  rate: number,
): ChangeRequest[] {
  return statuses.map((status) => {
    const askedAt = addDays(start, rng.int(5, Math.max(6, daysBetween(start, today) - 5)));
    const estimateMinutes = status === 'asked' ? 0 : rng.int(4, 30) * 60;
    const decided = status === 'approved' || status === 'declined';
    const decidedAt = decided ? addDays(askedAt, rng.int(1, 10)) : undefined;
    return {
      id: rng.uuid(),
      title: rng.pick(CHANGE_REQUEST_TITLES),
      estimateMinutes: toMinutes(estimateMinutes),
      amount: toMinor(Math.round((estimateMinutes * rate) / 60)),
      status,
      askedAt: askedAt < today ? askedAt : today,
      decidedBy: decided ? rng.pick(FIRST_NAMES) : undefined,
      decidedAt: decidedAt && decidedAt <= today ? decidedAt : decided ? today : undefined,
      communicatedAt:
        status === 'approved' && rng.chance(0.7) && decidedAt && decidedAt < today ? addDays(decidedAt, 1) : undefined,
    };
  });
}
