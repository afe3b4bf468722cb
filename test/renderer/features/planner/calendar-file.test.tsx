import { screen, waitFor } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../../src/shared/api';
import { db } from '../../../../src/renderer/src/db/db';
import { PlannerScreen } from '../../../../src/renderer/src/features/planner/planner-screen';
import { platform } from '../../../../src/renderer/src/platform/platform';
import { renderApp, resetApp, restoreDoubles, screenReady } from '../../../support/render-app';
import { seedPlannedDay } from '../today/plan-seed';

// The Planner's calendar file buttons, with the platform's file dialogs replaced.

async function renderWeek() {
  // The week stays put: these tests never step to another week.
  const { user } = renderApp(<PlannerScreen params={['2026-03-03']} />);
  await screenReady('planner');
  return user;
}

const saved: SaveFileRequest[] = [];
const pick = (name: string, text: string) =>
  vi.spyOn(platform, 'openFile').mockResolvedValueOnce({ name, bytes: new TextEncoder().encode(text) });
const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const blockRows = async () =>
  (await db.timeBlocks.toArray()).map((b) => `${b.id} ${b.day} ${b.startMinute}-${b.endMinute} ${b.kind} ${b.title}`).sort();

beforeEach(async () => {
  saved.length = 0;
  vi.spyOn(platform, 'saveFile').mockImplementation(async (request) => {
    saved.push(request);
    return true;
  });
  await resetApp();
});
afterEach(restoreDoubles);

describe('Planner calendar files', () => {
  it('exports the week as .ics that ical.js reads back, and imports it into an empty plan as the same blocks', async () => {
    const { deep, call } = await seedPlannedDay();
    const before = await blockRows();
    const user = await renderWeek();
    await user.click(screen.getByRole('button', { name: 'Export week (.ics)' }));
    await screen.findByText('Exported 2 blocks to tandem-week-2026-03-02.ics');
    const [file] = saved;
    expect(file).toMatchObject({ purpose: 'ics', suggestedName: 'tandem-week-2026-03-02.ics' });
    const text = new TextDecoder().decode(file?.bytes);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.summary, event.startDate.toString(), event.endDate.toString()])).toEqual([
      [deep.id, 'Write sitemap', '2026-03-03T09:00:00', '2026-03-03T11:30:00'],
      [call.id, 'Client call', '2026-03-03T12:00:00', '2026-03-03T13:00:00'],
    ]);
    expect(events[0]?.description).toBe('Deep work\nProject: Website (WEB)');

    await db.timeBlocks.clear();
    pick('tandem-week-2026-03-02.ics', text);
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    await screen.findByText('2 meetings added for the week of Mar 2, 2026.');
    expect(await blockRows()).toEqual(before);
  });

  it('imports meetings from another calendar and skips them the second time', async () => {
    await seedPlannedDay();
    const user = await renderWeek();
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:weekly-sync@example.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260304T150000',
      'DTEND:20260304T153000',
      'SUMMARY:Weekly sync',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:offsite@example.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART;VALUE=DATE:20260305',
      'SUMMARY:Offsite',
      'END:VEVENT',
    );
    pick('team.ics', text);
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    await screen.findByText('1 meeting added for the week of Mar 2, 2026 · 1 all-day event skipped.');
    expect(await screen.findByRole('button', { name: 'Meeting: Weekly sync, 15:00–15:30' })).toBeInTheDocument();

    pick('team.ics', text);
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    await screen.findByText('No new meetings for the week of Mar 2, 2026 · 1 already planned · 1 all-day event skipped.');
    expect((await db.timeBlocks.toArray()).filter((block) => block.title === 'Weekly sync')).toHaveLength(1);
  });

  it('shows a clear error for a malformed file and changes nothing', async () => {
    await seedPlannedDay();
    const before = await blockRows();
    const user = await renderWeek();
    const broken = calendar(
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20260304T150000',
      'DTEND:20260304T160000',
      'SUMMARY:Fine',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART:20260399T150000',
      'END:VEVENT',
    );
    pick('broken.ics', broken);
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not import broken.ics: Line 12: DTSTART “20260399T150000” is not a date such as 20261201 or 20261201T090000. Nothing was changed.',
    );
    expect(await blockRows()).toEqual(before);

    pick('notes.ics', 'just some notes');
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/Could not import notes\.ics: This is not an iCalendar \(\.ics\) file/),
    );
    expect(await blockRows()).toEqual(before);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('imports the shown week’s instances of a weekly meeting and leaves other weeks’ events out', async () => {
    const user = await renderWeek();
    pick(
      'team.ics',
      calendar(
        'BEGIN:VEVENT',
        'UID:weekly@example.com',
        'DTSTART:20260204T150000',
        'DTEND:20260204T153000',
        'RRULE:FREQ=WEEKLY',
        'SUMMARY:Weekly sync',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:later',
        'DTSTART:20260324T100000',
        'DTEND:20260324T110000',
        'SUMMARY:Later',
        'END:VEVENT',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Import .ics' }));
    await screen.findByText(
      '1 meeting added for the week of Mar 2, 2026 · recurring meetings: import the file again for other weeks · 1 event in other weeks left out.',
    );
    expect(
      (await db.timeBlocks.toArray()).map((block) => `${block.day} ${block.startMinute}-${block.endMinute} ${block.title}`),
    ).toEqual(['2026-03-04 900-930 Weekly sync']);
  });
});
