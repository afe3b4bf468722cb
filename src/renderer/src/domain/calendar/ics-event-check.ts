import ICAL from 'ical.js';
import { err, ok, type Result } from '../result';
import { property, type IcsComponent } from './ics-components';

// ical.js reads leniently (it rolls 2026-13-41 over into 2027, ignores a DATE end of a timed
// start); a file that says something impossible is refused instead, naming the line.

export function eventName(event: ICAL.Event): string {
  const summary = event.summary;
  return summary ? `the event “${summary.slice(0, 40)}”` : 'an event';
}

function checkTime(vevent: ICAL.Component, outline: IcsComponent, name: string): Result<ICAL.Time | null> {
  const line = property(outline, name);
  if (!line) return ok(null);
  const written = line.value.trim();
  const bad = err<ICAL.Time | null>(
    `Line ${line.lineNumber}: ${name} “${written.slice(0, 40)}” is not a date such as 20261201 or 20261201T090000.`,
  );
  try {
    const value = vevent.getFirstPropertyValue(name.toLowerCase());
    // Read back as written, or ical.js had to bend an impossible date into a real one.
    return value instanceof ICAL.Time && value.toICALString() === written.toUpperCase() ? ok(value) : bad;
  } catch {
    return bad;
  }
}

function checkDuration(vevent: ICAL.Component, outline: IcsComponent): Result<void> {
  const line = property(outline, 'DURATION');
  if (!line) return ok(undefined);
  const bad = err<void>(`Line ${line.lineNumber}: DURATION “${line.value.trim().slice(0, 40)}” is not a length such as PT1H30M.`);
  try {
    const value = vevent.getFirstPropertyValue('duration');
    return value instanceof ICAL.Duration && !value.isNegative ? ok(undefined) : bad;
  } catch {
    return bad;
  }
}

/** Refuses an event whose times cannot be read as written; `outline` is the same VEVENT with its line numbers. */
export function checkEvent(event: ICAL.Event, outline: IcsComponent): Result<void> {
  const vevent = event.component;
  const start = checkTime(vevent, outline, 'DTSTART');
  if (!start.ok) return start;
  if (!start.value) return err(`Line ${outline.lineNumber}: ${eventName(event)} has no DTSTART.`);
  const end = checkTime(vevent, outline, 'DTEND');
  if (!end.ok) return end;
  if (end.value?.isDate && !start.value.isDate) {
    return err(
      `Line ${property(outline, 'DTEND')?.lineNumber ?? outline.lineNumber}: ${eventName(event)} starts at a time but ends on a date.`,
    );
  }
  const recurrenceId = checkTime(vevent, outline, 'RECURRENCE-ID');
  if (!recurrenceId.ok) return recurrenceId;
  return checkDuration(vevent, outline);
}

/** The line to name when an event's times are wrong (its DTSTART), for messages. */
export function startLineOf(outline: IcsComponent): number {
  return property(outline, 'DTSTART')?.lineNumber ?? outline.lineNumber;
}
