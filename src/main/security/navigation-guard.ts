import type { WebContents } from 'electron';
import { logError } from '../services/log/main-log';
import { isAllowedExternalUrl, openExternalUrl } from './external-urls';
import { isTrustedRendererUrl } from './trusted-origin';

/**
 * Keeps a web contents on the app's own pages: navigating anywhere else is cancelled, and window.open
 * never creates a window (an allowlisted link opens in the system browser instead).
 */
export function installNavigationGuard(contents: WebContents, devServerUrl?: string): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedRendererUrl(event.url, devServerUrl)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      openExternalUrl(url).catch((error: unknown) => logError('open-external', error));
    }
    return { action: 'deny' };
  });
}
