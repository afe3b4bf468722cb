import { describe, expect, it } from 'vitest';
import { countByFilter, dueState, matchesFilter } from '../../../../src/renderer/src/domain/tasks/task-filters';
import type { Task } from '../../../../src/renderer/src/domain/model/task';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

const today = toDayKey('2026-03-25');
type Fields = Pick<Task, 'status' | 'due' | 'assignee'>;
const task = (fields: Partial<Fields>): Fields => ({ status: 'todo', assignee: 'me', ...fields });

const dueToday = task({ due: today });
const overdue = task({ due: toDayKey('2026-03-24'), status: 'doing' });
const later = task({ due: toDayKey('2026-03-26') });
const waiting = task({ status: 'waiting' });
const delegated = task({ assignee: 't-sam' });
const doneOverdue = task({ status: 'done', due: toDayKey('2026-03-01'), assignee: 't-sam' });

describe('matchesFilter', () => {
  it.each([
    ['open', [dueToday, overdue, later, waiting, delegated]],
    ['today', [dueToday]],
    ['overdue', [overdue]],
    ['waiting', [waiting]],
    ['delegated', [delegated]],
    ['done', [doneOverdue]],
  ] as const)('%s', (filter, expected) => {
    const all = [dueToday, overdue, later, waiting, delegated, doneOverdue];
    expect(all.filter((item) => matchesFilter(item, filter, today))).toEqual(expected);
  });

  it('counts every filter at once', () => {
    expect(countByFilter([dueToday, overdue, later, waiting, delegated, doneOverdue], today)).toEqual({
      open: 5,
      today: 1,
      overdue: 1,
      waiting: 1,
      delegated: 1,
      done: 1,
    });
  });
});

describe('dueState', () => {
  it('is overdue or today only while open', () => {
    expect(dueState(overdue, today)).toBe('overdue');
    expect(dueState(dueToday, today)).toBe('today');
    expect(dueState(later, today)).toBe('later');
    expect(dueState(waiting, today)).toBe('none');
    expect(dueState(doneOverdue, today)).toBe('later');
  });
});
