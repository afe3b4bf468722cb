import { describe, expect, it } from 'vitest';
import { placeAtShownIndex, placeNextTo } from '../../../../src/renderer/src/domain/tasks/reorder';

const list = [
  { id: 'a', order: 0 },
  { id: 'b', order: 1 },
  { id: 'c', order: 2 },
  { id: 'd', order: 3 },
];

describe('placeNextTo', () => {
  it('gives the midpoint between the new neighbours', () => {
    expect(placeNextTo(list, 'd', 'b', 'before')).toEqual({ kind: 'order', order: 0.5 });
    expect(placeNextTo(list, 'a', 'c', 'after')).toEqual({ kind: 'order', order: 2.5 });
    expect(placeNextTo(list, 'a', 'b', 'after')).toEqual({ kind: 'order', order: 1.5 });
  });

  it('goes one past the ends', () => {
    expect(placeNextTo(list, 'c', 'a', 'before')).toEqual({ kind: 'order', order: -1 });
    expect(placeNextTo(list, 'a', 'd', 'after')).toEqual({ kind: 'order', order: 4 });
  });

  it('does not depend on the input order', () => {
    expect(placeNextTo([...list].reverse(), 'd', 'b', 'before')).toEqual({ kind: 'order', order: 0.5 });
  });

  it('renumbers the list when the neighbours leave no room', () => {
    const tied = [
      { id: 'a', order: 1 },
      { id: 'b', order: 1 },
      { id: 'c', order: 2 },
    ];
    expect(placeNextTo(tied, 'c', 'a', 'after')).toEqual({ kind: 'renumber', ids: ['a', 'c', 'b'] });
    const tight = [
      { id: 'a', order: 1 },
      { id: 'b', order: 1 + Number.EPSILON },
      { id: 'c', order: 5 },
    ];
    expect(placeNextTo(tight, 'c', 'b', 'before')).toEqual({ kind: 'renumber', ids: ['a', 'c', 'b'] });
  });

  it('returns null for a missing task, a missing anchor or the task itself', () => {
    expect(placeNextTo(list, 'x', 'a', 'before')).toBeNull();
    expect(placeNextTo(list, 'a', 'x', 'before')).toBeNull();
    expect(placeNextTo(list, 'a', 'a', 'after')).toBeNull();
  });

  it('places the only other task anywhere', () => {
    expect(
      placeNextTo(
        [
          { id: 'a', order: 7 },
          { id: 'b', order: 9 },
        ],
        'b',
        'a',
        'before',
      ),
    ).toEqual({ kind: 'order', order: 6 });
  });
});

describe('placeAtShownIndex', () => {
  // Shown: a, c, d (b is filtered out).
  const shown = ['a', 'c', 'd'];

  it('moving up lands just before the task shown there', () => {
    expect(placeAtShownIndex(list, shown, 'd', 1)).toEqual({ kind: 'order', order: 1.5 });
    expect(placeAtShownIndex(list, shown, 'c', 0)).toEqual({ kind: 'order', order: -1 });
  });

  it('moving down lands just after the task shown there, past hidden ones', () => {
    expect(placeAtShownIndex(list, shown, 'a', 1)).toEqual({ kind: 'order', order: 2.5 });
    expect(placeAtShownIndex(list, shown, 'c', 2)).toEqual({ kind: 'order', order: 4 });
  });

  it('returns null for no move or an index outside the list', () => {
    expect(placeAtShownIndex(list, shown, 'c', 1)).toBeNull();
    expect(placeAtShownIndex(list, shown, 'c', 3)).toBeNull();
    expect(placeAtShownIndex(list, shown, 'b', 0)).toBeNull();
  });
});
