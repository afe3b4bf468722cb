import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeElectron, shell } from '../fake-electron';
import { isAllowedExternalUrl, openExternalUrl } from '../../../src/main/security/external-urls';

vi.mock('electron', () => import('../fake-electron'));

beforeEach(resetFakeElectron);

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com/',
    'https://example.com/path?q=1#x',
    'mailto:producer@example.com',
    'mailto:producer@example.com,studio@example.com',
    'mailto:Jos%C3%A9@example.com',
  ])('allows %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

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

  // A query pre-fills what the user did not write: a subject, a body, hidden recipients, an attachment.
  it.each([
    'mailto:a@b.c?subject=Hi',
    'mailto:a@b.c?body=Please%20wire%20the%20money',
    'mailto:a@b.c?cc=someone@evil.example',
    'mailto:a@b.c?bcc=someone@evil.example',
    'mailto:a@b.c?attach=/home/user/.ssh/id_rsa',
    'mailto:?to=a@b.c',
    'MAILTO:a@b.c?subject=Hi',
    'mailto:a@b.c%3Fsubject=Hi',
    'mailto:a@b.c&body=Hi',
    'mailto:a@b.c%0Abcc:someone@evil.example',
    'mailto:a@b.c#x',
    'mailto:',
    'mailto:not-an-address',
  ])('refuses the mailto %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});

describe('openExternalUrl', () => {
  it('hands the normalised URL to the system', async () => {
    await openExternalUrl('HTTPS://Example.com/a b');
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/a%20b');
  });

  it('opens a plain mailto address', async () => {
    await openExternalUrl('mailto:producer@example.com');
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:producer@example.com');
  });

  it.each(['file:///etc/passwd', 'mailto:a@b.c?subject=Hi'])('throws without opening anything for %s', async (url) => {
    await expect(openExternalUrl(url)).rejects.toThrow(/Only https links and plain mailto addresses/);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
