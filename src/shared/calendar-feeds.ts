// Calendar feeds: the private .ics addresses Google Calendar, Outlook and iCloud give. Main fetches
// them and keeps the list; the renderer shows their meetings. No runtime imports, so the sandboxed
// preload may import this file's types and main and renderer share the address rule.

/** Colours by name, so each theme draws its own readable shade (and no CSS comes from outside). */
export const FEED_COLOURS = ['blue', 'green', 'orange', 'purple', 'red', 'teal', 'grey'] as const;
export type FeedColour = (typeof FEED_COLOURS)[number];

export const FEED_COLOUR_LABELS: Record<FeedColour, string> = {
  blue: 'Blue',
  green: 'Green',
  orange: 'Orange',
  purple: 'Purple',
  red: 'Red',
  teal: 'Teal',
  grey: 'Grey',
};

export const FEED_NAME_MAX = 60;
export const FEED_ADDRESS_MAX = 2048;

/** What the renderer asks main to add. */
export interface CalendarFeedRequest {
  address: string;
  name: string;
  colour: FeedColour;
}

/** One feed as Settings lists it. The address is shown with its secret parts hidden. */
export interface CalendarFeedSummary {
  id: string;
  name: string;
  colour: FeedColour;
  /** host and file name only, e.g. 'calendar.google.com/…/basic.ics' */
  address: string;
  /** ISO instant of the last good copy; null until one arrived */
  refreshedAt: string | null;
  /** why the last refresh failed, in plain words; null when it worked */
  error: string | null;
}

/** The last good copy of a feed, for the renderer to expand into meetings. */
export interface CalendarFeedCopy {
  id: string;
  name: string;
  colour: FeedColour;
  text: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** http is allowed only to this machine: a local calendar server, and the tests' server. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/**
 * The address as it will be fetched: trimmed, and webcal:// (what iCloud and Outlook's "subscribe"
 * links use) read as https://, which is what those servers answer on.
 */
export function normaliseFeedAddress(text: string): string {
  const trimmed = text.trim();
  return /^webcals?:\/\//i.test(trimmed) ? trimmed.replace(/^webcals?:\/\//i, 'https://') : trimmed;
}

/** Why an address cannot be a feed, in plain words; null when it can. Checks the normalised form. */
export function feedAddressProblem(text: string): string | null {
  const address = normaliseFeedAddress(text);
  if (address === '') return 'Enter the calendar’s private .ics address.';
  if (address.length > FEED_ADDRESS_MAX) return 'This address is too long.';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a web address: it should start with https://.';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return null;
  return 'Use an https:// address: Tandem fetches calendars only over an encrypted connection.';
}
