import type { App, WebContents } from 'electron';
import { installNavigationGuard } from './navigation-guard';

/** Applied to every web contents the moment it exists, so no window can be created without it. */
export function hardenWebContents(contents: WebContents, devServerUrl?: string): void {
  // webviewTag is already false; refusing the attach as well covers any future window that forgets.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  installNavigationGuard(contents, devServerUrl);
}

export function hardenAllWebContents(app: App, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
}
