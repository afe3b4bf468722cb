import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CalendarFeedsSection } from '../../../../src/renderer/src/features/settings/calendar-feeds-section';
import { renderApp } from '../../../support/render-app';
import { resetFeedsAndDb } from './feed-fixture';

const fake = await vi.hoisted(() => import('./fake-feeds-platform'));
vi.mock('../../../../src/renderer/src/platform/platform', () => ({ platform: fake.feedPlatform, hasCalendarFeeds: true }));

const { WORK, feedPlatform } = fake;

beforeEach(resetFeedsAndDb);

async function renderSection() {
  const { user } = renderApp(<CalendarFeedsSection />);
  const section = await screen.findByRole('region', { name: 'Calendar feeds' });
  await waitFor(() => expect(within(section).queryByText('Loading…')).not.toBeInTheDocument());
  return { user, section, form: within(section).getByRole('form', { name: 'Add a calendar feed' }) };
}

describe('Settings → Calendar feeds', () => {
  it('lists each feed with its address hidden, when it last refreshed, or why it failed', async () => {
    feedPlatform.listCalendarFeeds.mockResolvedValue([
      WORK,
      { ...WORK, id: 'b', name: 'Family', colour: 'green', error: 'The server answered 404 Not Found.' },
      { ...WORK, id: 'c', name: 'New', refreshedAt: null },
    ]);
    const { section } = await renderSection();
    const items = within(within(section).getByRole('list', { name: 'Calendar feeds' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Work', 'Family', 'New']);
    expect(items[0]).toHaveTextContent('calendar.google.com/…/basic.ics');
    expect(items[0]).toHaveTextContent(/Refreshed Mar 18, 2026/);
    expect(items[1]).toHaveTextContent(
      'Last refresh failed: The server answered 404 Not Found. Showing the copy from Mar 18, 2026',
    );
    expect(items[2]).toHaveTextContent('Not refreshed yet');
  });

  it('says what is wrong with the address or the name before asking main', async () => {
    const { user, form } = await renderSection();
    await user.click(within(form).getByRole('button', { name: 'Add feed' }));
    expect(within(form).getByText('Enter the calendar’s private .ics address.')).toBeInTheDocument();
    expect(within(form).getByText('Give the feed a name.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Address (.ics)'), 'http://calendar.example.com/basic.ics');
    await user.type(within(form).getByLabelText('Name'), 'Work');
    await user.click(within(form).getByRole('button', { name: 'Add feed' }));
    expect(within(form).getByLabelText('Address (.ics)')).toHaveAccessibleDescription(
      'Use an https:// address: Tandem fetches calendars only over an encrypted connection.',
    );
    expect(feedPlatform.addCalendarFeed).not.toHaveBeenCalled();
  });

  it('adds a feed with its name and colour, and shows main’s refusal of a duplicate under the address', async () => {
    feedPlatform.listCalendarFeeds.mockResolvedValue([WORK]);
    const { user, form } = await renderSection();
    // The first free colour is offered.
    expect(within(form).getByLabelText('Colour')).toHaveValue('green');
    await user.type(within(form).getByLabelText('Address (.ics)'), ' webcal://p01-caldav.icloud.com/published/2/SECRET ');
    await user.type(within(form).getByLabelText('Name'), ' Family ');
    await user.selectOptions(within(form).getByLabelText('Colour'), 'Purple');
    await user.click(within(form).getByRole('button', { name: 'Add feed' }));
    expect(feedPlatform.addCalendarFeed).toHaveBeenCalledWith({
      address: ' webcal://p01-caldav.icloud.com/published/2/SECRET ',
      name: 'Family',
      colour: 'purple',
    });
    expect(await screen.findByText('Added Family')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveValue('');

    feedPlatform.addCalendarFeed.mockRejectedValueOnce(new Error('This address is already in the list, as “Work”.'));
    await user.type(
      within(form).getByLabelText('Address (.ics)'),
      'https://calendar.google.com/calendar/ical/me/private-1/basic.ics',
    );
    await user.type(within(form).getByLabelText('Name'), 'Again');
    await user.click(within(form).getByRole('button', { name: 'Add feed' }));
    expect(await within(form).findByText('This address is already in the list, as “Work”.')).toBeInTheDocument();
    // What was typed stays, to correct it.
    expect(within(form).getByLabelText('Name')).toHaveValue('Again');
  });

  it('refreshes one feed on demand and shows the outcome', async () => {
    feedPlatform.listCalendarFeeds.mockResolvedValue([WORK]);
    feedPlatform.refreshCalendarFeeds.mockResolvedValue([{ ...WORK, error: 'No answer within 20 seconds.' }]);
    const { user, section } = await renderSection();
    await user.click(within(section).getByRole('button', { name: 'Refresh Work' }));
    expect(feedPlatform.refreshCalendarFeeds).toHaveBeenCalledWith(WORK.id);
    expect(await screen.findByText('Work was not refreshed: No answer within 20 seconds.')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Calendar feeds' })).toHaveTextContent(
      'Last refresh failed: No answer within 20 seconds.',
    );
  });

  it('names the button by its visible word while a feed refreshes (label in name)', async () => {
    feedPlatform.listCalendarFeeds.mockResolvedValue([WORK]);
    let answer: (feeds: (typeof WORK)[]) => void = () => undefined;
    feedPlatform.refreshCalendarFeeds.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const { user, section } = await renderSection();
    await user.click(within(section).getByRole('button', { name: 'Refresh Work' }));
    const busy = within(section).getByRole('button', { name: 'Refreshing Work' });
    expect(busy).toBeDisabled();
    expect(busy).toHaveTextContent('Refreshing…');
    answer([WORK]);
    expect(await within(section).findByRole('button', { name: 'Refresh Work' })).toBeEnabled();
  });

  it('asks before removing a feed, and keeps it when told to', async () => {
    feedPlatform.listCalendarFeeds.mockResolvedValue([WORK]);
    const { user, section } = await renderSection();
    await user.click(within(section).getByRole('button', { name: 'Remove Work' }));
    let dialog = screen.getByRole('dialog', { name: 'Remove the feed “Work”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(feedPlatform.removeCalendarFeed).not.toHaveBeenCalled();

    await user.click(within(section).getByRole('button', { name: 'Remove Work' }));
    dialog = screen.getByRole('dialog', { name: 'Remove the feed “Work”?' });
    feedPlatform.listCalendarFeeds.mockResolvedValue([]);
    await user.click(within(dialog).getByRole('button', { name: 'Remove feed' }));
    expect(feedPlatform.removeCalendarFeed).toHaveBeenCalledWith(WORK.id);
    expect(await within(section).findByText('No feeds yet.')).toBeInTheDocument();
  });

  it('reads the list again when main says a feed changed (a refresh in the background)', async () => {
    const { section } = await renderSection();
    feedPlatform.listCalendarFeeds.mockResolvedValue([WORK]);
    for (const listener of feedPlatform.changed) listener();
    expect(await within(section).findByText('Work')).toBeInTheDocument();
  });
});
