import { describe, expect, it } from 'vitest';
import { feedAddressProblem, normaliseFeedAddress } from '../../src/shared/calendar-feeds';
import { describeFeedAddress, sameFeedAddress } from '../../src/main/services/calendar-feeds/feed-address';

describe('calendar feed addresses', () => {
  it('reads webcal:// (iCloud, Outlook subscribe links) as https:// and trims', () => {
    expect(normaliseFeedAddress(' webcal://p42-caldav.icloud.com/published/2/abc ')).toBe('https://p42-caldav.icloud.com/published/2/abc');
    expect(feedAddressProblem('webcal://p42-caldav.icloud.com/published/2/abc')).toBeNull();
  });

  it.each(['http://127.0.0.1:8080/a.ics', 'http://localhost/a.ics', 'http://[::1]:5000/a.ics', 'https://calendar.google.com/x/basic.ics'])(
    'accepts %s',
    (address) => expect(feedAddressProblem(address)).toBeNull(),
  );

  it.each(['http://calendar.example.com/a.ics', 'http://127.0.0.2/a.ics', 'file:///etc/hosts', 'javascript:alert(1)'])('refuses %s', (address) =>
    expect(feedAddressProblem(address)).toBe('Use an https:// address: Tandem fetches calendars only over an encrypted connection.'),
  );

  it('shows the host and a plain file name, never the secret parts', () => {
    expect(describeFeedAddress('https://calendar.google.com/calendar/ical/me%40example.com/private-0123456789abcdef/basic.ics')).toBe(
      'calendar.google.com/…/basic.ics',
    );
    expect(describeFeedAddress('https://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3')).toBe('p42-caldav.icloud.com/…');
    expect(describeFeedAddress('https://outlook.office365.com/owa/calendar/abc@example.com/0123456789abcdef/calendar.ics?token=secret')).toBe(
      'outlook.office365.com/…/calendar.ics',
    );
  });

  it('sees the same feed behind a different host case or a trailing slash', () => {
    expect(sameFeedAddress('https://Calendar.Example.com/a/basic.ics/', 'https://calendar.example.com/a/basic.ics')).toBe(true);
    expect(sameFeedAddress('https://calendar.example.com/a/basic.ics?k=1', 'https://calendar.example.com/a/basic.ics?k=2')).toBe(false);
  });
});
