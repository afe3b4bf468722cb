import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, shell } from '../fake-electron';
import { isAllowedExternalUrl, openExternalUrl } from '../../../src/main/security/external-urls';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(resetFakeElectron);

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.com/', 'https://example.com/path?q=1#x', 'mailto:producer@example.com', 'mailto:a@b.c?subject=Hi'])(
    'allows %s',
    (url) => expect(isAllowedExternalUrl(url)).toBe(true),
  );

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/',
    'smb://server/share',
    'slack://open',
    'ms-settings:privacy',
    'app://tandem/index.html',
    'https://user:secret@example.com/',
    '//example.com/',
    'example.com',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('openExternalUrl', () => {
  it('hands the normalised URL to the system', async () => {
    await openExternalUrl('HTTPS://Example.com/a b');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it('throws without opening anything for a refused URL', async () => {
    await expect(openExternalUrl('file:///etc/passwd')).rejects.toThrow(/Only https and mailto/);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
