import { shell } from 'electron';

// The only way out of the app to other programs: https pages and plain mailto addresses, opened when
// the user follows a link in the app (the window-open handler in navigation-guard.ts; the page has no
// IPC call for it). file:, javascript:, http: and custom schemes can run or fetch things on the user's
// machine, so they never open. A mailto with a query (?subject=, ?body=, ?cc=, ?attach=…) is refused
// too: it would pre-fill a message, recipients or an attachment the user did not write.

const MAX_EXTERNAL_URL_LENGTH = 2048;

/** One or more addresses, comma-separated, with nothing a mail client reads as a header or a second part. */
const ADDRESS = String.raw`[^\s\p{Cc}?&#@,<>"]+@[^\s\p{Cc}?&#@,<>"]+`;
const PLAIN_ADDRESSES = new RegExp(`^${ADDRESS}(,${ADDRESS})*$`, 'u');

function isPlainMailto(parsed: URL): boolean {
  if (parsed.search !== '' || parsed.hash !== '') return false;
  let addresses: string;
  try {
    // Mail clients decode the address part, so an encoded '?' (%3F) is checked as the '?' it becomes.
    addresses = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  return PLAIN_ADDRESSES.test(addresses);
}

export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return isPlainMailto(parsed);
  // Credentials in a link (https://bank@evil.example) only serve to disguise where it goes.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Opens an allowlisted URL in the system handler; throws for anything else. */
export async function openExternalUrl(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('Only https links and plain mailto addresses can be opened');
  // Hand over the parser's normalised form, so the OS sees exactly the URL that was checked.
  const checked = new URL(url).href;
  await shell.openExternal(checked); // eng-disable OPEN_EXTERNAL_JS_CHECK -- checked against the https/plain-mailto allowlist just above
}
