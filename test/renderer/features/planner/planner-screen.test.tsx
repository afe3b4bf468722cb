import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { PlannerScreen } from '../../../../src/renderer/src/features/planner/planner-screen';
import { openScreen, resetApp, screenReady } from '../../../support/render-app';
import { seedPlannedDay, storedBlock } from '../today/plan-seed';

const ready = () => screenReady('planner');
const columnNames = () => screen.getAllByRole('group', { name: /^Blocks on / }).map((group) => group.getAttribute('aria-label'));

async function renderWeek(day: string) {
  return (await openScreen(PlannerScreen, `#/planner/${day}`, 'planner')).user;
}

beforeEach(() => resetApp());

describe('PlannerScreen', () => {
  it('shows the working week from Monday by default, with each day’s planned time', async () => {
    await seedPlannedDay();
    await renderWeek('2026-03-04');
    expect(screen.getByRole('heading', { name: 'Mar 2 – Mar 6, 2026' })).toBeInTheDocument();
    expect(columnNames()).toEqual([
      'Blocks on Monday, March 2',
      'Blocks on Tuesday, March 3',
      'Blocks on Wednesday, March 4',
      'Blocks on Thursday, March 5',
      'Blocks on Friday, March 6',
    ]);
    const tuesday = screen.getByRole('group', { name: 'Blocks on Tuesday, March 3' });
    expect(within(tuesday).getByRole('button', { name: 'Deep work: Write sitemap, 09:00–11:30, WEB' })).toBeInTheDocument();
    expect(document.querySelectorAll('.dg-head-total')[1]).toHaveTextContent('3h 30m planned');
  });

  it('shows seven days from the settings’ week start', async () => {
    await seedPlannedDay();
    await settingsRepo(db).update({ workWeekDays: 7, weekStart: 0 });
    await renderWeek('2026-03-04');
    expect(screen.getByRole('heading', { name: 'Mar 1 – Mar 7, 2026' })).toBeInTheDocument();
    expect(columnNames()[0]).toBe('Blocks on Sunday, March 1');
    expect(columnNames()).toHaveLength(7);
  });

  it('steps to the previous and next week through the route', async () => {
    await seedPlannedDay();
    const user = await renderWeek('2026-03-04');
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(window.location.hash).toBe('#/planner/2026-03-11');
    expect(await screen.findByRole('heading', { name: 'Mar 9 – Mar 13, 2026' })).toBeInTheDocument();
    await ready();
    expect(screen.queryAllByRole('button', { name: /^Deep work/ })).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(await screen.findByRole('button', { name: 'Deep work: Write sitemap, 09:00–11:30, WEB' })).toBeInTheDocument();
  });

  it('moves a block to the next day with the right arrow and keeps it focused there', async () => {
    const { call } = await seedPlannedDay();
    const user = await renderWeek('2026-03-04');
    (await screen.findByRole('button', { name: 'Meeting: Client call, 12:00–13:00, ADS' })).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(async () => expect((await storedBlock(call.id))?.day).toBe('2026-03-04'));
    const wednesday = screen.getByRole('group', { name: 'Blocks on Wednesday, March 4' });
    await waitFor(() =>
      expect(within(wednesday).getByRole('button', { name: 'Meeting: Client call, 12:00–13:00, ADS' })).toHaveFocus(),
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    await waitFor(async () => expect((await storedBlock(call.id))?.day).toBe('2026-03-02'));
  });
});
