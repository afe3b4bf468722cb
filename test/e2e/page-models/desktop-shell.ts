import type { Page } from '@playwright/test';
import type { BackupSummary } from '../../../src/shared/api';
import type { CalendarFeedCopy, CalendarFeedSummary } from '../../../src/shared/calendar-feeds';

// The one stub of window.tandem, the desktop preload's API, for specs that test the desktop look in
// the web build. It installs the whole API as main would answer it, with nothing in it: no backups,
// no feeds. A spec passes what its test needs as data (addInitScript runs in the page, so the parts
// cross over as a serialised argument, never as closures over this file's variables).

export interface DesktopShellParts {
  /** the backups folder's listing, newest first */
  backups?: BackupSummary[];
  /** the feeds Settings lists */
  feeds?: CalendarFeedSummary[];
  /** the feeds' last copies, to show their meetings */
  feedCopies?: CalendarFeedCopy[];
}

/** A feed's last copy, as main hands it over: the feed's name and colour with the .ics text. */
export function feedCopy(feed: CalendarFeedSummary, text: string): CalendarFeedCopy {
  return { id: feed.id, name: feed.name, colour: feed.colour, text };
}

/** A feed's .ics text as Google Calendar serves it (CRLF lines), with the given events, each a VEVENT's lines. */
export function feedIcs(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    ...events.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/**
 * Makes the page run as in the desktop shell (call before page.goto). writeBackup stores into the
 * (stubbed) backups folder, so the start-up backup works; openFile stands in for main's file dialog
 * with a file input, so a test picks the file with Playwright's file chooser as in the browser build.
 */
export async function stubDesktopShell(page: Page, parts: DesktopShellParts = {}): Promise<void> {
  await page.addInitScript(({ backups = [], feeds = [], feedCopies = [] }: DesktopShellParts) => {
    const openFile = () =>
      new Promise<{ name: string; bytes: Uint8Array } | null>((resolve, reject) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.hidden = true;
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) return resolve(null);
          file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
        });
        document.body.append(input);
        input.click();
      });
    const api: NonNullable<Window['tandem']> = {
      getAppInfo: async () => ({ name: 'Tandem', version: 'test', platform: 'linux', shell: 'desktop' }),
      onMenuCommand: () => () => undefined,
      listBackups: async () => backups,
      writeBackup: async (request) => ({
        backup: {
          id: 'tandem-backup-test.json.gz',
          createdAt: new Date().toISOString(),
          sizeBytes: request.bytes.byteLength,
          schemaVersion: 1,
          counts: {},
          reason: request.reason,
          kept: false,
        },
        storedIn: 'folder',
      }),
      readBackup: async () => new Uint8Array(),
      openBackupsFolder: async () => undefined,
      openFile,
      saveFile: async () => false,
      exportReportPdf: async () => 'cancelled',
      showNotification: async () => false,
      listCalendarFeeds: async () => feeds,
      addCalendarFeed: async () => {
        throw new Error('not in this test');
      },
      removeCalendarFeed: async () => undefined,
      refreshCalendarFeeds: async () => feeds,
      readCalendarFeeds: async () => feedCopies,
      onCalendarFeedsChanged: () => () => undefined,
      setSyncCredentials: async () => {
        throw new Error('not in this test');
      },
      readSyncCredentials: async () => null,
      forgetSyncCredentials: async () => undefined,
      syncRequest: async () => {
        throw new Error('not in this test');
      },
    };
    Object.defineProperty(window, 'tandem', { value: api });
  }, parts);
}
