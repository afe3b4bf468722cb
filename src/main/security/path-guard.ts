import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL pathname to a file inside `root`, or null when it would leave the root.
 * The pathname is percent-decoded first, so `..%2f` and `%2e%2e/` are caught as well as `../`.
 */
export function resolveInsideRoot(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null; // malformed escape such as '%E0%A4%A'
  }
  if (decoded.includes('\0')) return null;

  const rootPath = resolve(root);
  // Leading slashes are stripped so the path is always taken relative to the root, never as absolute.
  const candidate = resolve(rootPath, decoded.replace(/^[/\\]+/, ''));
  const fromRoot = relative(rootPath, candidate);
  const escapes = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  if (fromRoot === '' || escapes) return null;
  return candidate;
}
