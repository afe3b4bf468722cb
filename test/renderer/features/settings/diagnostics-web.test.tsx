import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagnosticsSection } from '../../../../src/renderer/src/features/settings/diagnostics-section';
import { renderApp } from '../../../support/render-app';

// The real platform module: jsdom has no window.tandem, so this is the browser build's fallback.

describe('Settings → Diagnostics in the browser', () => {
  it('says the error log belongs to the desktop app and shows no path', async () => {
    renderApp(<DiagnosticsSection />, { toaster: false });
    const section = screen.getByRole('region', { name: 'Diagnostics' });
    expect(
      await within(section).findByText('The error log is kept by the desktop app; it is not available in the browser.'),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('code')).not.toBeInTheDocument();
    expect(section).not.toHaveTextContent('main.log');
  });
});
