import { describe, expect, it } from 'vitest';
import {
  firstFreeStart,
  layoutLanes,
  overlappingIds,
  overlapsOf,
  spansOverlap,
} from '../../../../src/renderer/src/domain/plan/overlap';
import type { PlanBlock } from '../../../../src/renderer/src/domain/plan/overlap';
import { deepWorkConflicts, newDeepWorkConflicts } from '../../../../src/renderer/src/domain/plan/protect';

const DAY = '2026-03-03';
const block = (id: string, startMinute: number, endMinute: number, kind: PlanBlock['kind'] = 'client', day = DAY): PlanBlock => ({
  id,
  day,
  startMinute,
  endMinute,
  kind,
});

describe('overlaps', () => {
  it('treats touching blocks as not overlapping', () => {
    expect(spansOverlap(block('a', 540, 600), block('b', 600, 660))).toBe(false);
    expect(spansOverlap(block('a', 540, 601), block('b', 600, 660))).toBe(true);
  });

  it('finds overlaps on the same day only, skipping the block itself', () => {
    const blocks = [block('a', 540, 660), block('b', 600, 630), block('c', 600, 630, 'client', '2026-03-04')];
    expect(overlapsOf(blocks, block('a', 540, 660)).map((b) => b.id)).toEqual(['b']);
    expect([...overlappingIds(blocks)].sort()).toEqual(['a', 'b']);
  });

  it('draws a chain of overlaps in lanes and a separate block full width', () => {
    // a 9:00–11:00, b 9:30–10:00, c 10:30–11:30 (overlaps a only), d 12:00–13:00
    const lanes = layoutLanes([block('a', 540, 660), block('b', 570, 600), block('c', 630, 690), block('d', 720, 780)]);
    expect(lanes.get('a')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('b')).toEqual({ lane: 1, lanes: 2 });
    // b has ended by 10:30, so c reuses lane 1
    expect(lanes.get('c')).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get('d')).toEqual({ lane: 0, lanes: 1 });
  });

  it('finds the first free quarter hour that fits', () => {
    const blocks = [block('a', 540, 600), block('b', 630, 690)];
    expect(firstFreeStart(blocks, 30, 540, 1050)).toBe(600);
    expect(firstFreeStart(blocks, 45, 540, 1050)).toBe(690);
    expect(firstFreeStart(blocks, 30, 611, 1050)).toBe(690);
    expect(firstFreeStart(blocks, 600, 540, 1050)).toBeNull();
  });
});

describe('deep-work protection', () => {
  const deep = block('deep', 540, 690, 'deep_work');
  const meeting = block('meeting', 720, 780, 'meeting');
  const blocks = [deep, meeting];

  it('asks when a new block covers deep work, not when it only touches it', () => {
    expect(deepWorkConflicts(blocks, { day: DAY, startMinute: 660, endMinute: 720 })).toEqual([deep]);
    expect(deepWorkConflicts(blocks, { day: DAY, startMinute: 690, endMinute: 720 })).toEqual([]);
    expect(deepWorkConflicts(blocks, { day: '2026-03-04', startMinute: 600, endMinute: 660 })).toEqual([]);
  });

  it('never counts a deep-work block as covering itself', () => {
    expect(deepWorkConflicts(blocks, { id: 'deep', day: DAY, startMinute: 555, endMinute: 705 })).toEqual([]);
  });

  it('asks once: moving a block that already sits over deep work does not ask again', () => {
    const previous = { id: 'meeting', day: DAY, startMinute: 660, endMinute: 720 };
    expect(newDeepWorkConflicts(blocks, { ...previous, startMinute: 645, endMinute: 705 }, previous)).toEqual([]);
    expect(newDeepWorkConflicts(blocks, { ...previous, startMinute: 645, endMinute: 705 })).toEqual([deep]);
    const away = { id: 'meeting', day: DAY, startMinute: 720, endMinute: 780 };
    expect(newDeepWorkConflicts(blocks, { ...away, startMinute: 675, endMinute: 735 }, away)).toEqual([deep]);
  });
});
