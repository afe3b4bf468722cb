import { describe, expect, it } from 'vitest';
import { KEEP_IN_TITLE, parseQuickAdd } from '../../../../src/renderer/src/domain/tasks/quick-add';
import { nextWeekday, readDue } from '../../../../src/renderer/src/domain/tasks/quick-add-due';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// Hand-checked calendar: 2026-03-25 is a Wednesday; 2026 and 2027 are not leap years, 2028 is.
const WEDNESDAY = toDayKey('2026-03-25');
const due = (body: string, today = WEDNESDAY) => readDue(body, today);

describe('readDue: words', () => {
  it.each([
    ['today', '2026-03-25'],
    ['tod', '2026-03-25'],
    ['TODAY', '2026-03-25'],
    ['tomorrow', '2026-03-26'],
    ['tmr', '2026-03-26'],
    ['thu', '2026-03-26'],
    ['fri', '2026-03-27'],
    ['friday', '2026-03-27'],
    ['sat', '2026-03-28'],
    ['sun', '2026-03-29'],
    ['monday', '2026-03-30'],
    ['tues', '2026-03-31'],
    ['wed', '2026-04-01'],
    ['wednesday', '2026-04-01'],
  ])('!%s from Wednesday 2026-03-25 is %s', (body, day) => {
    expect(due(body)).toEqual({ kind: 'day', day });
  });

  it('a weekday is always after today: Friday’s !fri is the next Friday', () => {
    expect(due('fri', toDayKey('2026-03-27'))).toEqual({ kind: 'day', day: '2026-04-03' });
    expect(nextWeekday(toDayKey('2026-12-31'), 5)).toBe('2027-01-01');
  });
});

describe('readDue: written dates', () => {
  it('reads an ISO day, past or future', () => {
    expect(due('2026-12-03')).toEqual({ kind: 'day', day: '2026-12-03' });
    expect(due('2026-01-05')).toEqual({ kind: 'day', day: '2026-01-05' });
  });

  it('says an impossible ISO day is not a day', () => {
    expect(due('2026-02-30')).toEqual({ kind: 'invalid', message: '2026-02-30 is not a real day' });
  });

  it('!12/3 is ambiguous: 3 December this year or 12 March, which has passed, so next year', () => {
    expect(due('12/3')).toEqual({
      kind: 'ambiguous',
      choices: [
        { day: '2026-12-03', reading: 'month/day' },
        { day: '2027-03-12', reading: 'day/month' },
      ],
    });
  });

  it('a slash date with a year is still ambiguous; two-digit years are 20xx', () => {
    expect(due('12/3/2026')).toEqual({
      kind: 'ambiguous',
      choices: [
        { day: '2026-12-03', reading: 'month/day' },
        { day: '2026-03-12', reading: 'day/month' },
      ],
    });
    expect(due('12/3/27')).toMatchObject({ choices: [{ day: '2027-12-03' }, { day: '2027-03-12' }] });
  });

  it.each([
    ['13/3', '2027-03-13', 'only day/month is a real day'],
    ['3/13', '2027-03-13', 'only month/day is a real day'],
    ['4/4', '2026-04-04', 'both readings are the same day'],
    ['3/25', '2026-03-25', 'today counts as the next occurrence'],
    ['2/29', '2028-02-29', 'the next 29 February is in a leap year'],
    ['25/12/2026', '2026-12-25', 'with a year'],
  ])('!%s is %s (%s)', (body, day) => {
    expect(due(body)).toEqual({ kind: 'day', day });
  });

  it('says when neither reading is a real day', () => {
    expect(due('31/4')).toEqual({ kind: 'invalid', message: '31/4 is not a real day' });
    expect(due('29/2/2027')).toEqual({ kind: 'invalid', message: '29/2/2027 is not a real day' });
  });

  it.each(['someday', 'next-week', '12.3', '1/2/3/4', ''])('“%s” is not a date', (body) => {
    expect(due(body)).toEqual({ kind: 'unknown' });
  });
});

describe('parseQuickAdd: due dates', () => {
  const context = { today: WEDNESDAY, projects: [], teammates: [] };

  it('asks which day !12/3 means and takes the pick', () => {
    const result = parseQuickAdd('Launch !12/3', context);
    expect(result).not.toHaveProperty('due');
    expect(result.questions).toEqual([
      {
        key: 'due:!12/3',
        field: 'due',
        token: '!12/3',
        message: '“!12/3” could be two days',
        choices: [
          { value: '2026-12-03', label: 'month/day' },
          { value: '2027-03-12', label: 'day/month' },
          { value: KEEP_IN_TITLE, label: 'Keep “!12/3” in the title' },
        ],
      },
    ]);
    expect(parseQuickAdd('Launch !12/3', context, { 'due:!12/3': '2027-03-12' })).toMatchObject({
      title: 'Launch',
      due: '2027-03-12',
      questions: [],
    });
  });

  it('keeps words that are not dates in the title, with a note', () => {
    const result = parseQuickAdd('Ship it !someday', context);
    expect(result).toMatchObject({
      title: 'Ship it !someday',
      notes: ['“!someday” is not a date I know: it stays in the title'],
    });
    expect(parseQuickAdd('Wow !!', context)).toMatchObject({ title: 'Wow !!', notes: [] });
  });

  it('keeps an impossible day in the title and says why', () => {
    expect(parseQuickAdd('Pay !2026-02-30', context)).toMatchObject({
      title: 'Pay !2026-02-30',
      notes: ['2026-02-30 is not a real day: “!2026-02-30” stays in the title'],
    });
  });
});
