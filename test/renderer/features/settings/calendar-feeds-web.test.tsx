import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CalendarFeedsSection } from '../../../../src/renderer/src/features/settings/calendar-feeds-section';
import { renderApp } from '../../../support/render-app';

// The real platform module: jsdom has no window.tandem, so this is the browser build's fallback.

describe('Settings → Calendar feeds in the browser', () => {
  it('says feeds need the desktop app and points to the Planner’s .ics import', () => {
    renderApp(<CalendarFeedsSection />, { toaster: false });
    const section = screen.getByRole('region', { name: 'Calendar feeds' });
    expect(section).toHaveTextContent('Calendar feeds need the desktop app');
    expect(within(section).getByRole('link', { name: 'Planner' })).toHaveAttribute('href', '#/planner');
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });
});
