import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../../../src/main/services/log/scrub';

describe('scrubSecrets', () => {
  it.each([
    ['credentials in a URL', 'GET https://alice:hunter2@sync.example.com/db failed', 'GET https://sync.example.com/… failed'],
    [
      'a feed’s private path',
      'fetch https://calendar.google.com/calendar/ical/x%40gmail.com/private-abc/basic.ics',
      'fetch https://calendar.google.com/…',
    ],
    ['a signed query', 'download wss://host.example/socket?token=abc123 closed', 'download wss://host.example/… closed'],
    ['webcal addresses', 'webcal://p42-caldav.icloud.com/published/2/MTIzNDU2', 'webcal://p42-caldav.icloud.com/…'],
    ['a password field', 'login failed: password=hunter2 user=alice', 'login failed: password=[redacted] user=alice'],
    ['a quoted JSON secret', '{"token": "s3cr3t-value", "ok": false}', '{"token": "[redacted]", "ok": false}'],
    ['an API key', 'api_key: sk_live_51Hx', 'api_key: [redacted]'],
    ['a bearer header', 'Authorization: Bearer abc.def-ghi', 'Authorization: [redacted] [redacted]'],
    ['a JWT', 'bad eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sflKxwRJSMeKKF2QT4 here', 'bad [redacted] here'],
    [
      'a long token',
      'session 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 expired',
      'session [redacted] expired',
    ],
    ['an email address', 'could not send to ana.lopez+work@client.example', 'could not send to [email]'],
  ])('removes %s', (_what, input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it('keeps what a stack trace needs: file paths, line numbers, the app’s own URLs', () => {
    const stack = [
      'Error: ENOSPC: no space left on device, write',
      '    at writeFileAtomic (/opt/Tandem/resources/app.asar/out/main/index.js:412:17)',
      '    at async file:///opt/Tandem/resources/app.asar/out/main/index.js:88:5',
      '    at app://tandem/assets/index-4f2a.js:1:200',
    ].join('\n');
    expect(scrubSecrets(stack)).toBe(stack);
  });

  it('keeps the host of a network address, so the log still says which server failed', () => {
    expect(scrubSecrets('connect ECONNREFUSED https://127.0.0.1:5984/')).toBe('connect ECONNREFUSED https://127.0.0.1:5984/');
  });

  it('drops a query from an app URL', () => {
    expect(scrubSecrets('app://tandem/index.html?code=abc#x')).toBe('app://tandem/index.html?…');
  });

  it('leaves ordinary messages alone', () => {
    const message = 'The disk is full: this backup was not written. Your data is safe.';
    expect(scrubSecrets(message)).toBe(message);
  });
});
