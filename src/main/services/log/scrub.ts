// What must never reach the log file: a password, a token or a key, credentials in a URL, a calendar
// feed's private address (its path and query are the secret), an email address. Error messages and
// stacks pass through here before they are written. Pure, so its rules are tested one by one.

const REDACTED = '[redacted]';

/** Schemes whose path and query can carry a secret (a feed's private path, a signed link's token). */
const NETWORK_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'webcal', 'webcals', 'ftp', 'ftps']);

/** scheme://authority followed by path, query and fragment. */
const URL_PATTERN = /\b([a-z][a-z0-9+.-]*):\/\/([^\s/?#"'<>]*)([^\s"'<>]*)/gi;

/** "Bearer abc…", "Basic dXNlcjpwYXNz": the scheme stays, the credential goes. */
const AUTH_SCHEME = /\b(Bearer|Basic|Digest|Token)\s+[A-Za-z0-9._~+/=-]+/g;

/** name=value, name: value or "name": "value" for names that hold secrets. */
const SECRET_FIELD =
  /\b(password|passwd|passphrase|pwd|secret|client_secret|token|access_token|refresh_token|id_token|api[_-]?key|auth|authorization|cookie|set-cookie|session(?:id)?|private[_-]?key|signature|sig)(["']?\s*[:=]\s*)(["']?)([^\s"'&;,]+)/gi;

/** A JSON Web Token: three base64url parts, the first always starting eyJ ('{"'). */
const JWT = /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** A long unbroken run of letters and digits (both): API keys, session ids, feed tokens. */
const LONG_TOKEN = /\b(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{32,}\b/g;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function scrubUrl(_match: string, scheme: string, authority: string, rest: string): string {
  // user:password@host → host: the credentials go, wherever the URL points.
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (NETWORK_SCHEMES.has(scheme.toLowerCase())) return `${scheme}://${host}${rest === '' || rest === '/' ? rest : '/…'}`;
  // file: and app: paths are the app's own (stack frames); only a query or fragment could hide a secret.
  const path = rest.replace(/[?#].*$/, '');
  return `${scheme}://${host}${path}${path === rest ? '' : '?…'}`;
}

export function scrubSecrets(text: string): string {
  return text
    .replace(URL_PATTERN, scrubUrl)
    .replace(JWT, REDACTED)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`)
    .replace(SECRET_FIELD, (_match, name: string, separator: string, quote: string) => `${name}${separator}${quote}${REDACTED}`)
    .replace(LONG_TOKEN, REDACTED)
    .replace(EMAIL, '[email]');
}
