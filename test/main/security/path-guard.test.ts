import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../../../src/main/security/path-guard';

const ROOT = resolve('/srv/tandem/out/renderer');

describe('resolveInsideRoot', () => {
  it('maps ordinary paths into the root', () => {
    expect(resolveInsideRoot(ROOT, '/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveInsideRoot(ROOT, '/assets/index-abc.js')).toBe(join(ROOT, 'assets', 'index-abc.js'));
    expect(resolveInsideRoot(ROOT, '/assets/../index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolveInsideRoot(ROOT, '/fonts/Inter%20Var.woff2')).toBe(join(ROOT, 'fonts', 'Inter Var.woff2'));
  });

  it('keeps absolute-looking paths inside the root', () => {
    expect(resolveInsideRoot(ROOT, '//etc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
    expect(resolveInsideRoot(ROOT, '/%2fetc/passwd')).toBe(join(ROOT, 'etc', 'passwd'));
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..',
    '/%2e%2e',
  ])('rejects traversal %s', (pathname) => {
    expect(resolveInsideRoot(ROOT, pathname)).toBeNull();
  });

  it('rejects the root itself, NUL bytes and malformed escapes', () => {
    expect(resolveInsideRoot(ROOT, '/')).toBeNull();
    expect(resolveInsideRoot(ROOT, '/index.html%00.png')).toBeNull();
    expect(resolveInsideRoot(ROOT, '/%E0%A4%A')).toBeNull();
  });

  it('does not mistake a sibling folder sharing the prefix for the root', () => {
    expect(resolveInsideRoot(ROOT, '/../renderer-evil/x.js')).toBeNull();
  });
});
