import { clockText, snapMinute } from '../time/wall-clock';

// Day-grid geometry in wall-clock minutes from local midnight (0–1440). The grid works in
// 15-minute slots; pixels only appear as a pixels-per-minute scale passed in by the view.

export const SLOT_MINUTES = 15;
const DAY_END = 1440;

/** A half-open wall-clock interval [startMinute, endMinute). */
export interface Span {
  startMinute: number;
  endMinute: number;
}

export const spanLength = (span: Span): number => span.endMinute - span.startMinute;

/** '09:00–10:30' (24-hour, for accessible names and compact labels). */
export function spanText(span: Span): string {
  return `${clockText(span.startMinute)}–${clockText(span.endMinute)}`;
}

/**
 * The minutes a day grid shows: the work hours, widened to whole hours and to any span outside
 * them (an early meeting, a late timer), so nothing planned or logged is ever cut off.
 */
export function gridRange(workStartMinute: number, workEndMinute: number, spans: Iterable<Span> = []): Span {
  let start = workStartMinute;
  let end = workEndMinute;
  for (const span of spans) {
    start = Math.min(start, span.startMinute);
    end = Math.max(end, span.endMinute);
  }
  return { startMinute: Math.max(0, Math.floor(start / 60) * 60), endMinute: Math.min(DAY_END, Math.ceil(end / 60) * 60) };
}

/** Start minutes of every slot in the range: 09:00–10:00 gives [540, 555, 570, 585]. */
export function slotStarts(range: Span): number[] {
  const count = Math.max(0, Math.ceil(spanLength(range) / SLOT_MINUTES));
  return Array.from({ length: count }, (_, index) => range.startMinute + index * SLOT_MINUTES);
}

/** The start of the slot holding `minute` (floor), kept inside the range's slots. */
export function slotOf(minute: number, range: Span): number {
  const floored = Math.floor(minute / SLOT_MINUTES) * SLOT_MINUTES;
  return Math.min(range.endMinute - SLOT_MINUTES, Math.max(range.startMinute, floored));
}

/** The wall-clock minute at `offsetPx` below the grid's top edge (not snapped). */
export function minuteAtOffset(offsetPx: number, pxPerMinute: number, range: Span): number {
  return range.startMinute + offsetPx / pxPerMinute;
}

/** The span a drag from slot `anchor` to slot `current` covers: both slots included, either direction. */
export function spanBetweenSlots(anchor: number, current: number): Span {
  return { startMinute: Math.min(anchor, current), endMinute: Math.max(anchor, current) + SLOT_MINUTES };
}

/** The span moved so it starts at `startMinute` (snapped), keeping its length, kept inside [0, 1440]. */
export function moveSpanTo(span: Span, startMinute: number): Span {
  const length = spanLength(span);
  const start = Math.min(DAY_END - length, Math.max(0, snapMinute(startMinute, SLOT_MINUTES)));
  return { startMinute: start, endMinute: start + length };
}

/** The span with its end moved to `endMinute` (snapped); at least one slot long, never past midnight. */
export function resizeEndTo(span: Span, endMinute: number): Span {
  const end = Math.min(DAY_END, Math.max(span.startMinute + SLOT_MINUTES, snapMinute(endMinute, SLOT_MINUTES)));
  return { startMinute: span.startMinute, endMinute: end };
}

/** The span with its start moved to `startMinute` (snapped); at least one slot long, never before midnight. */
export function resizeStartTo(span: Span, startMinute: number): Span {
  const start = Math.max(0, Math.min(span.endMinute - SLOT_MINUTES, snapMinute(startMinute, SLOT_MINUTES)));
  return { startMinute: start, endMinute: span.endMinute };
}

/** A span of `length` minutes starting at `startMinute`, shortened when it would run past midnight. */
export function spanFrom(startMinute: number, length: number): Span {
  const start = Math.min(DAY_END - SLOT_MINUTES, Math.max(0, startMinute));
  return { startMinute: start, endMinute: Math.min(DAY_END, start + Math.max(SLOT_MINUTES, length)) };
}
