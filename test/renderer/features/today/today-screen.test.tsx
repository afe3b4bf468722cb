import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';
import { TodayScreen } from '../../../../src/renderer/src/features/today/today-screen';
import { freezeDate, openScreen, resetApp, restoreDoubles } from '../../../support/render-app';
import { OWNER_PERSON_ID } from '../../../../src/renderer/src/domain/model/person';
import { DAY, seedPlannedDay, storedBlock } from './plan-seed';
import { storedSwitchingDay } from '../../db/helpers';

// The route names the day (Tuesday 3 March 2026), so nothing depends on today's date.
const renderDay = async () => (await openScreen(TodayScreen, `#/today/${DAY}`, 'today')).user;

const blockNamed = (name: string) => screen.findByRole('button', { name });

beforeEach(() => resetApp());
afterEach(restoreDoubles);

describe('TodayScreen', () => {
  it('shows the day’s blocks by kind, title and time, and the tasks due', async () => {
    await seedPlannedDay();
    await renderDay();
    const deepWork = await blockNamed('Deep work: Write sitemap, 09:00–11:30, WEB');
    expect(deepWork).toHaveAccessibleDescription(/Project WEB Website/);
    // Label in name (WCAG 2.5.3): the visible words come in the name's order, each a word of its own.
    expect(deepWork.textContent).toMatch(/^Deep work Write sitemap 09:00–11:30 WEB/);
    expect(screen.getByRole('button', { name: 'Meeting: Client call, 12:00–13:00, ADS' })).toBeInTheDocument();
    const tasks = screen.getByRole('region', { name: 'Tasks due by then' });
    expect(within(tasks).getByText('Draft proposal')).toBeInTheDocument();
    expect(within(tasks).getByText('45m')).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Time slots, 15 minutes each' })).toBeInTheDocument();
  });

  it('moves with the arrows and resizes with Shift+arrows, 15 minutes a press', async () => {
    const { call } = await seedPlannedDay();
    const user = await renderDay();
    (await blockNamed('Meeting: Client call, 12:00–13:00, ADS')).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(async () => expect(await storedBlock(call.id)).toMatchObject({ startMinute: 750, endMinute: 810 }));
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await waitFor(async () => expect(await storedBlock(call.id)).toMatchObject({ startMinute: 750, endMinute: 825 }));
    expect(document.activeElement).toHaveAccessibleName('Meeting: Client call, 12:30–13:45, ADS');
  });

  it('asks before a block is moved over deep work and leaves it when told to keep deep work free', async () => {
    const { call } = await seedPlannedDay();
    const user = await renderDay();
    (await blockNamed('Meeting: Client call, 12:00–13:00, ADS')).focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(async () => expect((await storedBlock(call.id))?.startMinute).toBe(690));
    await user.keyboard('{ArrowUp}');
    const ask = await screen.findByRole('dialog', { name: 'Place this over deep work?' });
    expect(ask).toHaveTextContent(
      'Meeting: Client call, 11:15–12:15 would overlap protected focus time: Deep work: Write sitemap, 09:00–11:30',
    );
    await user.click(within(ask).getByRole('button', { name: 'Keep deep work free' }));
    expect((await storedBlock(call.id))?.startMinute).toBe(690);
    await user.keyboard('{ArrowUp}');
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Place this over deep work?' })).getByRole('button', {
        name: 'Place anyway',
      }),
    );
    await waitFor(async () => expect((await storedBlock(call.id))?.startMinute).toBe(675));
  });

  it('deletes with Delete into the trash and brings the block back with Undo', async () => {
    const { call } = await seedPlannedDay();
    const user = await renderDay();
    (await blockNamed('Meeting: Client call, 12:00–13:00, ADS')).focus();
    await user.keyboard('{Delete}');
    await waitFor(async () => expect(await storedBlock(call.id)).toBeUndefined());
    expect(await db.trash.count()).toBe(1);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await blockNamed('Meeting: Client call, 12:00–13:00, ADS')).toBeInTheDocument();
    expect(await storedBlock(call.id)).toMatchObject({ startMinute: 720, endMinute: 780, kind: 'meeting' });
  });

  it('adds a block at the focused slot with N and saves nothing while a time is missing', async () => {
    await seedPlannedDay();
    const user = await renderDay();
    const grid = screen.getByRole('grid', { name: 'Time slots, 15 minutes each' });
    const roving = within(grid)
      .getAllByRole('gridcell')
      .find((cell) => cell.tabIndex === 0);
    roving?.focus();
    await user.keyboard('{Home}{PageDown}{PageDown}{PageDown}{PageDown}{PageDown}');
    expect(document.activeElement).toHaveAccessibleName('Tuesday, March 3, 14:00');
    await user.keyboard('n');
    const dialog = await screen.findByRole('dialog', { name: 'New block' });
    expect(within(dialog).getByLabelText('Start')).toHaveValue('14:00');
    expect(within(dialog).getByLabelText('End')).toHaveValue('15:00');
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'PM / admin');
    await user.clear(within(dialog).getByLabelText('End'));
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    expect(within(dialog).getByLabelText('End')).toHaveAccessibleDescription('Enter an end time like 10:30');
    expect(await db.timeBlocks.count()).toBe(2);
    await user.type(within(dialog).getByLabelText('End'), '14:45');
    await user.type(within(dialog).getByLabelText('Title'), 'Timesheets');
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    expect(await blockNamed('PM / admin: Timesheets, 14:00–14:45')).toBeInTheDocument();
    expect((await db.timeBlocks.toArray()).find((block) => block.title === 'Timesheets')).toMatchObject({
      day: DAY,
      startMinute: 840,
      endMinute: 885,
      kind: 'pm_admin',
    });
  });

  it('keeps the focused slot where it is shown when a block before the work hours widens the grid', async () => {
    // 02:30 is before the grid's hours, so the tab stop shows at 09:00. A block at 02:15 widens the grid
    // to 02:00; the tab stop used to jump to the remembered 02:30, onto the new block.
    freezeDate(localDateAt(toDayKey(DAY), 2 * 60 + 30));
    await seedPlannedDay();
    const user = await renderDay();
    const grid = screen.getByRole('grid', { name: 'Time slots, 15 minutes each' });
    const tabStop = () =>
      within(grid)
        .getAllByRole('gridcell')
        .find((cell) => cell.tabIndex === 0);
    expect(tabStop()).toHaveAccessibleName(/^Tuesday, March 3, 09:00/);
    tabStop()?.focus();
    await user.keyboard('n');
    const dialog = await screen.findByRole('dialog', { name: 'New block' });
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'Meeting');
    await user.clear(within(dialog).getByLabelText('Start'));
    await user.type(within(dialog).getByLabelText('Start'), '02:15');
    await user.clear(within(dialog).getByLabelText('End'));
    await user.type(within(dialog).getByLabelText('End'), '02:45');
    await user.type(within(dialog).getByLabelText('Title'), 'On-call handover');
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    expect(await blockNamed('Meeting: On-call handover, 02:15–02:45')).toBeInTheDocument();
    expect(tabStop()).toHaveAccessibleName(/^Tuesday, March 3, 09:00/);
  });

  it('plans a task from the list: its estimate long, its hat’s kind, linked to it', async () => {
    // The new block starts at the focused slot, which follows the clock: pin it to 14:00 that day,
    // a free slot (at other hours it lands on deep work and Tandem rightly asks first).
    freezeDate(localDateAt(toDayKey(DAY), 14 * 60));
    const { task, web } = await seedPlannedDay();
    const user = await renderDay();
    await user.click(await screen.findByRole('button', { name: 'Plan time for Draft proposal' }));
    const dialog = await screen.findByRole('dialog', { name: 'New block' });
    expect(dialog).toHaveTextContent('For the task “Draft proposal”');
    expect(within(dialog).getByLabelText('Kind')).toHaveDisplayValue('Client time');
    const start = (within(dialog).getByLabelText('Start') as HTMLInputElement).value;
    await user.click(within(dialog).getByRole('button', { name: 'Add block' }));
    await waitFor(async () => expect(await db.timeBlocks.count()).toBe(3));
    const planned = (await db.timeBlocks.toArray()).find((block) => block.title === 'Draft proposal');
    const [hours, minutes] = start.split(':').map(Number);
    const startMinute = (hours ?? 0) * 60 + (minutes ?? 0);
    expect(planned).toMatchObject({
      kind: 'client',
      projectId: web.id,
      taskIds: [task.id],
      startMinute,
      endMinute: startMinute + 45,
    });
  });

  it('reviews the day: planned against logged per kind, deep work against the target, unplanned work', async () => {
    const { web, ads } = await seedPlannedDay();
    const day = toDayKey(DAY);
    const entries = timeEntriesRepo(db);
    await entries.create({ projectId: web.id, startedAt: localDateAt(day, 540).toISOString(), minutes: 90, hat: 'production' });
    await entries.create({ projectId: ads.id, startedAt: localDateAt(day, 840).toISOString(), minutes: 30, hat: 'account' });
    const user = await renderDay();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: "Deep work against today's target" })).toHaveAttribute(
        'aria-valuetext',
        '1h 30m of 3h',
      ),
    );
    expect(screen.getByRole('list', { name: 'Logged time, Tuesday, March 3' })).toHaveTextContent(
      'Logged 09:00–10:30, WEB Website, Production',
    );
    await user.click(screen.getByRole('button', { name: 'Review day' }));
    const review = await screen.findByRole('dialog', { name: /^Review of Tuesday, March 3/ });
    expect(within(review).getByRole('row', { name: /^Deep work/ })).toHaveTextContent('Deep work2h 30m1h 30m-1h');
    expect(within(review).getByRole('row', { name: /^Meeting/ })).toHaveTextContent('Meeting1h0m-1h');
    expect(within(review).getByRole('list')).toHaveTextContent('14:00–14:30ADS Ads30m');
    expect(review).toHaveTextContent('Unplanned30m');
  });

  it('counts deep work as the Switching screen does: a 1-minute entry does not join two stretches', async () => {
    const { web } = await seedPlannedDay();
    const day = toDayKey(DAY);
    const entries = timeEntriesRepo(db);
    // 40 + 1 + 21 minutes on WEB, 4-minute gaps: 62 minutes if the 1-minute entry counted, but entries
    // under 2 minutes are left out, so the gap is 9 minutes and neither stretch reaches an hour.
    await entries.create({ projectId: web.id, startedAt: localDateAt(day, 540).toISOString(), minutes: 40, hat: 'production' });
    await entries.create({ projectId: web.id, startedAt: localDateAt(day, 584).toISOString(), minutes: 1, hat: 'production' });
    await entries.create({ projectId: web.id, startedAt: localDateAt(day, 589).toISOString(), minutes: 21, hat: 'production' });
    await renderDay();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: "Deep work against today's target" })).toHaveAttribute(
        'aria-valuetext',
        '0m of 3h',
      ),
    );
    expect(await storedSwitchingDay(db, day, OWNER_PERSON_ID)).toMatchObject({ deepWorkMinutes: 0 });
  });
});
