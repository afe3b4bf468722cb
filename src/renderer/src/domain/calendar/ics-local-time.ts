import ICAL from 'ical.js';
import { dayKeyFromParts, dayKeyOf, type DayKey } from '../time/day-key';
import { minuteOfDay } from '../time/wall-clock';
import { ianaZoneOf, instantInZone } from './ics-zones';

// Where an iCalendar DATE-TIME falls on this machine's wall clock, which is what a block stores.

/** A moment on the local wall clock: the day, minutes from its midnight, and the instant (ms) for ordering. */
export interface LocalTime {
  day: DayKey;
  minute: number;
  instant: number;
  /** set when the TZID is a zone neither the file nor this machine defines: the time was read as local */
  unknownZone?: string;
}

function localOf(instant: number): LocalTime {
  const date = new Date(instant);
  return { day: dayKeyOf(date), minute: minuteOfDay(date), instant };
}

/**
 * `tzid` is the TZID parameter the time was written with. ical.js resolves UTC and zones the file
 * defines (VTIMEZONE); any other TZID it leaves floating, so those go through Intl (IANA or Windows
 * names), and what neither knows stays wall clock as written.
 */
export function localTimeOf(time: ICAL.Time, tzid: string | undefined): LocalTime {
  if (time.zone !== ICAL.Timezone.localTimezone) return localOf(time.toUnixTime() * 1000);
  const zone = tzid === undefined ? null : ianaZoneOf(tzid);
  if (zone) return localOf(instantInZone(zone, time));
  return {
    day: dayKeyFromParts(time.year, time.month, time.day),
    minute: time.hour * 60 + time.minute,
    instant: new Date(time.year, time.month - 1, time.day, time.hour, time.minute, time.second).getTime(),
    ...(tzid === undefined ? {} : { unknownZone: tzid }),
  };
}

/** The same occurrence on any machine: its UTC instant, or its wall clock when it floats. */
export function recurrenceKeyOf(time: ICAL.Time): string {
  const floating = time.zone === ICAL.Timezone.localTimezone;
  return (floating ? time : time.convertToZone(ICAL.Timezone.utcTimezone)).toICALString();
}
