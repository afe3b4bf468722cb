import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { timerRepo } from '../../../../src/renderer/src/db/repositories/timer-repo';
import { SwitchingScreen } from '../../../../src/renderer/src/features/switching/switching-screen';
import { renderScreen, resetApp, restoreDoubles, screenReady } from '../../../support/render-app';
import { TODAY, seedWeek } from './seed';

const WEEK = '#/switching/week/2026-03-16';

const ready = () => screenReady('switching');
// The screen shows no toasts. jsdom lays nothing out, so charts draw nothing: the tests read their
// text alternatives, as a screen reader does.
const renderSwitching = (hash: string) => renderScreen(SwitchingScreen, hash, { toaster: false });

function stat(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

// Wednesday 18 March 2026, 10:00 in the run's zone.
beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0), layout: true }));
afterEach(restoreDoubles);

describe('SwitchingScreen', () => {
  it('says what to do first when nothing is logged, and still shows today', async () => {
    renderSwitching('#/switching');
    await ready();
    expect(screen.getByRole('heading', { name: 'Nothing logged in this range' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log time' })).toHaveAttribute('href', '#/time');
    expect(await screen.findByTestId('today-switches')).toHaveTextContent('0');
    expect(screen.getByRole('heading', { name: 'March 2026' })).toBeInTheDocument();
  });

  it('sums the week: switches, time lost, clients and hats, focus and deep work', async () => {
    await seedWeek();
    renderSwitching(WEEK);
    await ready();
    expect(screen.getByRole('heading', { name: 'Mar 16, 2026 – Mar 22, 2026' })).toBeInTheDocument();
    expect(stat('Project switches')).toHaveTextContent('7');
    expect(stat('Project switches')).toHaveTextContent('2.3 per worked day');
    expect(stat('Time lost to switching')).toHaveTextContent('1h 10m');
    expect(stat('Time lost to switching')).toHaveTextContent('7 × 10m per switch');
    expect(stat('Client and hat switches')).toHaveTextContent('4 · 7');
    expect(stat('Longest focus stretch')).toHaveTextContent('2h 30m');
    expect(stat('Deep work')).toHaveTextContent('5h 30m');
    expect(stat('Deep work')).toHaveTextContent('target met on 1 of 3 days');
    expect(stat('Projects and clients')).toHaveTextContent('3 · 2');

    // Each chart's text alternative carries its data.
    const perDay = screen.getByRole('table', { name: 'Switches per day' });
    expect(within(perDay).getByRole('row', { name: /Tue, Mar 17/ })).toHaveTextContent('5');
    const deep = screen.getByRole('table', { name: 'Deep work per day' });
    expect(within(deep).getByRole('row', { name: /Mon, Mar 16/ })).toHaveTextContent('4h3h'); // 4h done, 3h planned
    const stretches = screen.getByRole('table', { name: 'Focus stretches by length' });
    expect(within(stretches).getByRole('row', { name: /2h or more/ })).toHaveTextContent('2h or more12h 30m');
    expect(screen.getByRole('table', { name: 'Time per hat per day' })).toBeInTheDocument();
  });

  it('lists the worst days and opens a day’s sequence of entries and planned blocks', async () => {
    await seedWeek();
    const { user } = renderSwitching(WEEK);
    await ready();
    const worst = screen.getByRole('table', { name: 'Days with the most switches' });
    expect(
      within(worst)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Tue, Mar 17', 'Mon, Mar 16']);

    await user.click(within(worst).getByRole('button', { name: 'Show sequence: Tue, Mar 17' }));
    const strip = await screen.findByRole('region', { name: 'Sequence of Tuesday, March 17, 2026' });
    await waitFor(() => expect(within(strip).getByRole('heading', { level: 2 })).toHaveFocus());
    const logged = await within(strip).findByRole('list', { name: 'Logged entries in order' });
    expect(
      within(logged)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '09:00–09:30 WEB Website, Production, 30m',
      '09:30–10:00 ADS Ads, Account mgmt, 30m, a switch',
      '10:00–10:30 WEB Website, Production, 30m, a switch',
      '10:30–11:00 ADS Ads, Account mgmt, 30m, a switch',
      '11:00–11:30 APP App, Project mgmt, 30m, a switch',
      '11:30–12:00 WEB Website, Production, 30m, a switch',
    ]);
    expect(within(strip).getByRole('list', { name: 'Planned blocks in order' })).toHaveTextContent(
      '09:00–12:00 Deep work on WEB Website: Build',
    );
    expect(within(worst).getByRole('button', { name: 'Show sequence: Tue, Mar 17' })).toHaveAttribute('aria-expanded', 'true');

    await user.click(within(strip).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: /^Sequence of/ })).not.toBeInTheDocument();
  });

  it('counts today’s switches as entries are logged, and while a timer runs', async () => {
    const world = await seedWeek();
    renderSwitching(WEEK);
    await ready();
    const today = screen.getByRole('region', { name: 'Today so far' });
    await waitFor(() => expect(within(today).getByTestId('today-switches')).toHaveTextContent('0'));
    expect(within(today).getByRole('progressbar', { name: 'Deep work' })).toHaveAttribute('aria-valuetext', '1h 30m of 3h');

    await act(() => timeEntriesRepo(db).create({ projectId: world.ads.id, day: TODAY, minutes: 20, hat: 'account' }));
    await waitFor(() => expect(within(today).getByTestId('today-switches')).toHaveTextContent('1'));
    expect(today).toHaveTextContent('1 between clients · 1 between hats · 10m lost');

    // A timer started at 09:50 on another project: 10 minutes so far count as a provisional entry.
    await act(() => timerRepo(db).start({ projectId: world.web.id }, new Date(2026, 2, 18, 9, 50)));
    await waitFor(() => expect(within(today).getByTestId('today-switches')).toHaveTextContent('2'));
    expect(today).toHaveTextContent('Includes the running timer.');
  });

  it('moves between periods and refuses a custom range that ends before it starts', async () => {
    await seedWeek();
    const { user } = renderSwitching(WEEK);
    await ready();
    await user.click(screen.getByRole('button', { name: 'Quarter' }));
    await ready();
    expect(screen.getByRole('heading', { name: 'Jan 1, 2026 – Mar 31, 2026' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/switching/quarter/2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Previous quarter' }));
    expect(await screen.findByRole('heading', { name: 'Oct 1, 2025 – Dec 31, 2025' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const form = await screen.findByRole('form', { name: 'Custom range' });
    const to = within(form).getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2025-09-01');
    await user.click(within(form).getByRole('button', { name: 'Show range' }));
    expect(to).toHaveAccessibleDescription('The last day must be on or after the first');
    expect(window.location.hash).toBe('#/switching/custom/2025-10-01/2025-12-31');
    await user.clear(to);
    await user.type(to, '2026-03-20');
    await user.click(within(form).getByRole('button', { name: 'Show range' }));
    await ready();
    expect(window.location.hash).toBe('#/switching/custom/2025-10-01/2026-03-20');
    expect(stat('Project switches')).toHaveTextContent('7');
  });
});
