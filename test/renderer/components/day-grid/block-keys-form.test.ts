import { describe, expect, it } from 'vitest';
import { blockKeyAction } from '../../../../src/renderer/src/components/day-grid/block-keys';
import { blockFormValues, parseBlockForm } from '../../../../src/renderer/src/components/day-grid/block-form';
import { ValidationError } from '../../../../src/renderer/src/domain/validation';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

const press = (
  key: string,
  modifiers: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('keys on a block', () => {
  it('moves with arrows, resizes with Shift+arrows, steps days with left and right', () => {
    expect(blockKeyAction(press('ArrowDown'))).toEqual({ type: 'move', minutes: 15 });
    expect(blockKeyAction(press('ArrowUp'))).toEqual({ type: 'move', minutes: -15 });
    expect(blockKeyAction(press('ArrowDown', { shiftKey: true }))).toEqual({ type: 'resize', minutes: 15 });
    expect(blockKeyAction(press('ArrowUp', { shiftKey: true }))).toEqual({ type: 'resize', minutes: -15 });
    expect(blockKeyAction(press('ArrowRight'))).toEqual({ type: 'day', step: 1 });
    expect(blockKeyAction(press('ArrowLeft'))).toEqual({ type: 'day', step: -1 });
  });

  it('edits, removes and starts the timer; leaves shortcuts and Tab alone', () => {
    expect(blockKeyAction(press('Enter'))).toEqual({ type: 'edit' });
    expect(blockKeyAction(press('Delete'))).toEqual({ type: 'delete' });
    expect(blockKeyAction(press('Backspace'))).toEqual({ type: 'delete' });
    expect(blockKeyAction(press('t'))).toEqual({ type: 'start' });
    expect(blockKeyAction(press('ArrowDown', { ctrlKey: true }))).toBeNull();
    expect(blockKeyAction(press('Tab'))).toBeNull();
  });
});

describe('the block form', () => {
  const draft = {
    day: toDayKey('2026-03-03'),
    startMinute: 1380,
    endMinute: 1440,
    kind: 'break' as const,
    title: '',
    taskIds: [],
  };

  it('writes midnight at the end as 00:00 and reads it back as the end of the day', () => {
    const values = blockFormValues(draft);
    expect(values).toMatchObject({ start: '23:00', end: '00:00' });
    expect(parseBlockForm(values, [])).toEqual({ ...draft, projectId: undefined });
  });

  it('names every unreadable field and saves nothing', () => {
    const values = { ...blockFormValues(draft), day: '', start: '', end: 'soon' };
    expect(() => parseBlockForm(values, [])).toThrow(ValidationError);
    try {
      parseBlockForm(values, []);
    } catch (error) {
      expect(error instanceof ValidationError && error.fieldErrors).toEqual({
        day: 'Choose a date',
        startMinute: 'Enter a start time like 09:30',
        endMinute: 'Enter an end time like 10:30',
      });
    }
  });
});
