import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../../src/shared/api';
import { DiagnosticsSection } from '../../../../src/renderer/src/features/settings/diagnostics-section';
import { renderApp } from '../../../support/render-app';

const getAppInfo = vi.hoisted(() => vi.fn<() => Promise<AppInfo>>());
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: { getAppInfo } }));

const DESKTOP: AppInfo = {
  name: 'Tandem',
  version: '0.1.0',
  platform: 'linux',
  shell: 'desktop',
  logFile: '/home/ana/.config/Tandem/logs/main.log',
};

beforeEach(() => getAppInfo.mockReset());

describe('Settings → Diagnostics', () => {
  it('shows the version and where the desktop app writes its error log', async () => {
    getAppInfo.mockResolvedValue(DESKTOP);
    renderApp(<DiagnosticsSection />, { toaster: false });
    const section = screen.getByRole('region', { name: 'Diagnostics' });
    expect(await within(section).findByText('/home/ana/.config/Tandem/logs/main.log')).toBeInTheDocument();
    expect(section).toHaveTextContent('Tandem 0.1.0');
    expect(section).toHaveTextContent('Errors are written to /home/ana/.config/Tandem/logs/main.log');
    expect(section).not.toHaveTextContent('not available');
  });

  it('says the log is not available when the shell has none', async () => {
    getAppInfo.mockResolvedValue({ ...DESKTOP, shell: 'web', logFile: undefined });
    renderApp(<DiagnosticsSection />, { toaster: false });
    const section = screen.getByRole('region', { name: 'Diagnostics' });
    expect(await within(section).findByText(/not available in the browser/)).toBeInTheDocument();
    expect(section).not.toHaveTextContent('Errors are written to');
  });
});
