import ICAL from 'ical.js';
import type { TimeBlock } from '../../../../src/renderer/src/domain/model/time-block';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';

// Blocks with awkward text for the calendar tests, and ical.js (an independent RFC 5545 parser) to
// read what the export wrote.

export const NOW = new Date(Date.UTC(2026, 11, 1, 9, 20, 5));

export function block(
  id: string,
  day: string,
  startMinute: number,
  endMinute: number,
  kind: TimeBlock['kind'],
  title = '',
): TimeBlock {
  return { id, day: toDayKey(day), startMinute, endMinute, kind, taskIds: [], title };
}

export const WEEK: TimeBlock[] = [
  block(
    '0b6f5c1e-2f4a-4c3b-9d7e-111111111111',
    '2026-11-30',
    9 * 60,
    11 * 60 + 30,
    'deep_work',
    'Sitemap, wireframes; review \\ notes',
  ),
  block(
    '0b6f5c1e-2f4a-4c3b-9d7e-222222222222',
    '2026-12-01',
    14 * 60,
    14 * 60 + 45,
    'meeting',
    'Kick-off with Müller & Söhne — Café “Zürich” 👩‍💻',
  ),
  block(
    '0b6f5c1e-2f4a-4c3b-9d7e-333333333333',
    '2026-12-02',
    22 * 60,
    1440,
    'break',
    'Late: a very long title that goes on and on so that the SUMMARY line is folded more than once ✓✓✓',
  ),
  block('0b6f5c1e-2f4a-4c3b-9d7e-444444444444', '2026-12-04', 0, 15, 'pm_admin', 'Budget: Q1 (draft) — 50% done'),
];

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  floating: boolean;
  kind: string | null;
}

const clock = (time: ICAL.Time): string =>
  `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')} ${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

/** The VEVENTs as ical.js reads them. */
export function readWithIcalJs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const kind = vevent.getFirstPropertyValue('x-tandem-kind');
    return {
      uid: event.uid,
      summary: event.summary,
      start: clock(event.startDate),
      end: clock(event.endDate),
      floating: event.startDate.zone === ICAL.Timezone.localTimezone && event.endDate.zone === ICAL.Timezone.localTimezone,
      kind: typeof kind === 'string' ? kind : null,
    };
  });
}
