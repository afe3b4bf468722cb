import { session } from 'electron';
import type { Session } from 'electron';

// The report window runs in a session of its own, in memory, whose every request is cancelled unless
// it is the report itself (a data: URL) or an image inside it (also data:). The CSP should already stop
// any fetch; this filter is the second lock, enforced by Chromium's network layer, so a policy slip
// (or a report served some other way later) still reaches neither the network, a socket nor a file.

export const REPORT_PARTITION = 'report-pdf';

export function isReportRequestAllowed(url: string): boolean {
  return url.toLowerCase().startsWith('data:');
}

export function reportSession(): Session {
  const reportOnly = session.fromPartition(REPORT_PARTITION, { cache: false });
  // fromPartition hands back the same session each time; installing again replaces the one listener.
  reportOnly.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isReportRequestAllowed(details.url) });
  });
  return reportOnly;
}
