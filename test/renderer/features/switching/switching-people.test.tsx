import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { settingsRepo } from '../../../../src/renderer/src/db/repositories/settings-repo';
import { teammatesRepo } from '../../../../src/renderer/src/db/repositories/teammates-repo';
import { timeEntriesRepo } from '../../../../src/renderer/src/db/repositories/time-entries-repo';
import { toDayKey } from '../../../../src/renderer/src/domain/time/day-key';
import { localDateAt } from '../../../../src/renderer/src/domain/time/wall-clock';
import { SwitchingScreen } from '../../../../src/renderer/src/features/switching/switching-screen';
import { renderScreen, resetApp, restoreDoubles, screenReady } from '../../../support/render-app';
import { seedWeek } from './seed';

// Switching per person: the owner's week (7 project switches, seed.ts) and, on this computer, Kim's
// Monday: ADS 09:00–09:30 then WEB 09:30–10:00, one switch, logged in the middle of the owner's
// WEB morning. Everyone is the two summed: 8, never a switch between one person and the other.

const WEEK = '#/switching/week/2026-03-16';

function stat(label: string): HTMLElement {
  const value = screen.getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

beforeEach(() => resetApp({ frozenAt: new Date(2026, 2, 18, 10, 0), layout: true }));
afterEach(restoreDoubles);

describe('Switching: mine and everyone', () => {
  it('counts this computer’s person’s switches by default and everyone’s summed on demand', async () => {
    const { ads, web } = await seedWeek();
    const kim = await teammatesRepo(db).create({ name: 'Kim' });
    await settingsRepo(db).update({ devicePersonId: kim.id });
    const monday = toDayKey('2026-03-16');
    await timeEntriesRepo(db).create({
      projectId: ads.id,
      day: monday,
      startedAt: localDateAt(monday, 540).toISOString(),
      minutes: 30,
    });
    await timeEntriesRepo(db).create({
      projectId: web.id,
      day: monday,
      startedAt: localDateAt(monday, 570).toISOString(),
      minutes: 30,
    });

    renderScreen(SwitchingScreen, WEEK, { toaster: false });
    await screenReady('switching');
    const user = userEvent.setup();
    const toggle = screen.getByRole('group', { name: 'Whose work to show' });
    expect(within(toggle).getByRole('button', { name: 'Mine' })).toHaveAttribute('aria-pressed', 'true');
    // the figure, then its note: 1 switch, 1 per worked day
    expect(stat('Project switches').textContent).toBe('11 per worked day');

    await user.click(within(toggle).getByRole('button', { name: 'Everyone' }));
    // 7 + 1 switches over three worked days (Kim's Monday is one of the owner's): 8, 2.7 per worked day
    await waitFor(() => expect(stat('Project switches').textContent).toBe('82.7 per worked day'));
  });
});
