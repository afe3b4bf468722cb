import { describe, expect, it } from 'vitest';
import {
  gridRange,
  minuteAtOffset,
  moveSpanTo,
  resizeEndTo,
  resizeStartTo,
  slotOf,
  slotStarts,
  spanBetweenSlots,
  spanFrom,
  spanText,
} from '../../../../src/renderer/src/domain/plan/grid';

const span = (startMinute: number, endMinute: number) => ({ startMinute, endMinute });

describe('grid range', () => {
  it('widens work hours 09:00–17:30 to whole hours 09:00–18:00', () => {
    expect(gridRange(540, 1050)).toEqual(span(540, 1080));
  });

  it('widens to a meeting at 07:45–08:15 and a timer until 19:10', () => {
    expect(gridRange(540, 1050, [span(465, 495), span(1020, 1150)])).toEqual(span(420, 1200));
  });

  it('lists the slots of 09:00–10:00 in 15-minute steps', () => {
    expect(slotStarts(span(540, 600))).toEqual([540, 555, 570, 585]);
  });
});

describe('snapping', () => {
  const range = span(540, 1080);

  it('floors a minute to its slot and keeps it inside the range', () => {
    expect(slotOf(554, range)).toBe(540);
    expect(slotOf(555, range)).toBe(555);
    expect(slotOf(300, range)).toBe(540);
    expect(slotOf(1100, range)).toBe(1065);
  });

  it('turns a pixel offset into minutes: 90 px at 1.5 px/min below 09:00 is 10:00', () => {
    expect(minuteAtOffset(90, 1.5, range)).toBe(600);
  });

  it('covers both slots of a drag, up or down', () => {
    expect(spanBetweenSlots(540, 600)).toEqual(span(540, 615));
    expect(spanBetweenSlots(600, 540)).toEqual(span(540, 615));
    expect(spanBetweenSlots(570, 570)).toEqual(span(570, 585));
  });

  it('moves a 90-minute block to the nearest quarter hour and keeps it in the day', () => {
    expect(moveSpanTo(span(540, 630), 607)).toEqual(span(600, 690));
    expect(moveSpanTo(span(540, 630), 608)).toEqual(span(615, 705));
    expect(moveSpanTo(span(540, 630), 1400)).toEqual(span(1350, 1440));
    expect(moveSpanTo(span(540, 630), -20)).toEqual(span(0, 90));
  });

  it('resizes either edge to the nearest quarter hour, never below one slot', () => {
    expect(resizeEndTo(span(540, 600), 652)).toEqual(span(540, 645));
    expect(resizeEndTo(span(540, 600), 500)).toEqual(span(540, 555));
    expect(resizeEndTo(span(1380, 1425), 1500)).toEqual(span(1380, 1440));
    expect(resizeStartTo(span(540, 600), 512)).toEqual(span(510, 600));
    expect(resizeStartTo(span(540, 600), 620)).toEqual(span(585, 600));
  });

  it('starts a block of a length, cut at midnight', () => {
    expect(spanFrom(600, 45)).toEqual(span(600, 645));
    expect(spanFrom(1410, 60)).toEqual(span(1410, 1440));
    expect(spanFrom(600, 5)).toEqual(span(600, 615));
  });

  it('writes spans as 24-hour clock ranges', () => {
    expect(spanText(span(540, 630))).toBe('09:00–10:30');
  });
});
