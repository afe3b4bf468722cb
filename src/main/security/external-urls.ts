import { shell } from 'electron';

// The only way out of the app to other programs: https pages and mailto drafts. file:, javascript:,
// http: and custom schemes can run or fetch things on the user's machine, so they never open.

const MAX_EXTERNAL_URL_LENGTH = 2048;

export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return true;
  // Credentials in a link (https://bank@evil.example) only serve to disguise where it goes.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Opens an allowlisted URL in the system handler; throws for anything else. */
export async function openExternalUrl(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('Only https and mailto links can be opened');
  // Hand over the parser's normalised form, so the OS sees exactly the URL that was checked.
  const checked = new URL(url).href;
  await shell.openExternal(checked); // eng-disable OPEN_EXTERNAL_JS_CHECK -- checked against the https/mailto allowlist just above
}
