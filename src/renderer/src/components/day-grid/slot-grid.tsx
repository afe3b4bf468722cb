import { memo, useEffect, useRef } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { SLOT_MINUTES, slotOf, slotStarts, type Span } from '../../domain/plan/grid';
import type { DayKey } from '../../domain/time/day-key';
import { clockText } from '../../domain/time/wall-clock';
import { dayName } from './labels';

export interface SlotFocus {
  dayIndex: number;
  minute: number;
}

export interface SlotGridProps {
  days: readonly DayKey[];
  range: Span;
  focus: SlotFocus;
  onFocusChange: (focus: SlotFocus) => void;
  /** N, Insert or Enter on a slot, or a double click: a new block there */
  onNewAt: (day: DayKey, minute: number) => void;
  /** what covers a slot, for its name: 'Deep work: Write sitemap' */
  coverOf: (day: DayKey, minute: number) => string | undefined;
  hintId: string;
  /** bumped to move focus onto the focused slot (after a block was removed) */
  focusRequest: number;
}

const NEW_KEYS = new Set(['Enter', 'n', 'N', 'Insert']);

const focusRoving = (grid: HTMLElement | null) => grid?.querySelector<HTMLElement>('[tabindex="0"]')?.focus();

/** The 15-minute slots as an ARIA grid (rows are times, columns days) with one roving tab stop. */
export const SlotGrid = memo(function SlotGrid({
  days,
  range,
  focus,
  onFocusChange,
  onNewAt,
  coverOf,
  hintId,
  focusRequest,
}: SlotGridProps) {
  const { setNodeRef, listeners } = useDraggable({ id: 'create', data: { type: 'create' } });
  const gridRef = useRef<HTMLDivElement | null>(null);
  const dayIndex = Math.min(days.length - 1, Math.max(0, focus.dayIndex));
  const minute = slotOf(focus.minute, range);
  const lastSlot = range.endMinute - SLOT_MINUTES;

  // Focus follows the roving slot while it is inside the grid, and comes back when asked.
  useEffect(() => {
    if (gridRef.current?.contains(document.activeElement)) focusRoving(gridRef.current);
  }, [dayIndex, minute]);
  useEffect(() => {
    if (focusRequest > 0) focusRoving(gridRef.current);
  }, [focusRequest]);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const day = days[dayIndex];
    if (NEW_KEYS.has(event.key) && day) {
      event.preventDefault();
      // Remember the slot as shown: a remembered minute outside the grid's hours (now, at night) would
      // become the tab stop once the new block widens the grid.
      onFocusChange({ dayIndex, minute });
      onNewAt(day, minute);
      return;
    }
    const moves: Record<string, SlotFocus> = {
      ArrowUp: { dayIndex, minute: Math.max(range.startMinute, minute - SLOT_MINUTES) },
      ArrowDown: { dayIndex, minute: Math.min(lastSlot, minute + SLOT_MINUTES) },
      PageUp: { dayIndex, minute: Math.max(range.startMinute, minute - 60) },
      PageDown: { dayIndex, minute: Math.min(lastSlot, minute + 60) },
      Home: { dayIndex, minute: range.startMinute },
      End: { dayIndex, minute: lastSlot },
      ArrowLeft: { dayIndex: Math.max(0, dayIndex - 1), minute },
      ArrowRight: { dayIndex: Math.min(days.length - 1, dayIndex + 1), minute },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    onFocusChange(next);
  }

  function slotOfEvent(event: React.SyntheticEvent): { day: DayKey; index: number; minute: number } | undefined {
    const cell = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-minute]') : null;
    const index = days.findIndex((day) => day === cell?.dataset.day);
    const day = days[index];
    return cell && day ? { day, index, minute: Number(cell.dataset.minute) } : undefined;
  }

  return (
    <div
      ref={(node) => {
        gridRef.current = node;
        setNodeRef(node);
      }}
      {...listeners}
      role="grid"
      aria-label="Time slots, 15 minutes each"
      aria-describedby={hintId}
      className="dg-slots"
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const slot = slotOfEvent(event);
        if (slot && (slot.index !== dayIndex || slot.minute !== minute))
          onFocusChange({ dayIndex: slot.index, minute: slot.minute });
      }}
      onDoubleClick={(event) => {
        const slot = slotOfEvent(event);
        if (slot) onNewAt(slot.day, slot.minute);
      }}
    >
      {slotStarts(range).map((slot) => (
        <div role="row" key={slot} className={`dg-row${slot % 60 === 0 ? ' is-hour' : slot % 30 === 0 ? ' is-half' : ''}`}>
          {days.map((day, index) => {
            const cover = coverOf(day, slot);
            return (
              <div
                role="gridcell"
                key={day}
                className="dg-cell"
                data-day={day}
                data-minute={slot}
                tabIndex={index === dayIndex && slot === minute ? 0 : -1}
                aria-label={`${dayName(day)}, ${clockText(slot)}${cover ? `, ${cover}` : ''}`}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
});
