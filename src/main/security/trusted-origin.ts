import { APP_HOST, APP_SCHEME } from '@shared/app-origin';

// Which renderer URLs main trusts: the fixed app origin, and in development the electron-vite dev
// server. Used by the navigation guard and by every IPC handler's sender check.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server URL, or undefined. Honoured only in an unpackaged app and only on loopback http(s):
 * otherwise anyone could start the installed app with ELECTRON_RENDERER_URL pointing at their own
 * page and gain the preload API.
 */
export function resolveDevServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  const candidate = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !candidate) return undefined;
  const parsed = parseUrl(candidate);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return LOOPBACK_HOSTS.has(parsed.hostname) ? candidate : undefined;
}

/** True for app://tandem/… and, when a dev server URL is given, for pages on that exact origin. */
export function isTrustedRendererUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // WHATWG gives non-special schemes an opaque origin ("null"), so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:`) {
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  }
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && parsed.origin === dev.origin;
}
