// A feed's address carries its secret (Google's private-…, Outlook's and iCloud's long tokens), in
// the path or the query. What Tandem shows or logs is the host and a harmless file name only.

const PLAIN_FILE = /^[\w.-]{1,32}\.ics$/i;

/** 'calendar.google.com/…/basic.ics', or 'p01-caldav.icloud.com/…' when the last part may be secret. */
export function describeFeedAddress(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'an address that cannot be read';
  }
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  // A file name that is long or full of digits is more likely a token than a name.
  const shown = PLAIN_FILE.test(last) && !/\d{6,}/.test(last) ? `/…/${last}` : '/…';
  return `${url.host}${shown}`;
}

/** Two addresses name the same feed when they differ only in case of the host or a trailing slash. */
export function sameFeedAddress(a: string, b: string): boolean {
  const key = (address: string) => {
    try {
      const url = new URL(address);
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    } catch {
      return address;
    }
  };
  return key(a) === key(b);
}
