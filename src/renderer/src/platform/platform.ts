import type { AppInfo, TandemApi } from '@shared/api';

// The only module that touches `window.tandem`. In a plain browser (end-to-end tests, `npm run web`)
// the web fallback offers the same interface, so features never ask where they run.

const webFallback: TandemApi = {
  async getAppInfo(): Promise<AppInfo> {
    return { name: 'Tandem', version: import.meta.env.VITE_APP_VERSION ?? 'dev', platform: navigator.platform, shell: 'web' };
  },
  async openExternal(url: string): Promise<void> {
    const protocol = new URL(url).protocol;
    if (protocol !== 'https:' && protocol !== 'mailto:') throw new Error(`Refused to open ${protocol} links`);
    window.open(url, '_blank', 'noopener,noreferrer');
  },
  onMenuCommand(): () => void {
    // The browser has no application menu; shortcuts are handled by the renderer itself.
    return () => undefined;
  },
};

export const platform: TandemApi = window.tandem ?? webFallback;
