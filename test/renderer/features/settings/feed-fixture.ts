import { resetApp } from '../../../support/render-app';
import { resetFeedPlatform } from './fake-feeds-platform';

// What the component tests of a calendar feed's meetings (Planner, Today) share: a feed's last copy
// as main hands it over, and a clean start. Floating times (no zone) read as local wall clock in any
// zone a run uses. The platform itself is faked with ./fake-feeds-platform (vi.hoisted + vi.mock).

export const GOOGLE_PRODID = '-//Google Inc//Google Calendar 70.9054//EN';
export const OUTLOOK_PRODID = '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN';

/** A one-hour review on Tuesday 3 March 2026, 14:00–15:00. */
export const DESIGN_REVIEW = [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260301T080000Z',
  'DTSTART:20260303T140000',
  'DTEND:20260303T150000',
  'SUMMARY:Design review',
  'END:VEVENT',
];

/** A feed's .ics text (CRLF lines) from `prodId` with the given events, each a VEVENT's lines. */
export function feedIcs(prodId: string, ...events: string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}

/** For beforeEach: no feeds, no recorded calls, an empty app. */
export async function resetFeedsAndDb(): Promise<void> {
  resetFeedPlatform();
  await resetApp();
}
