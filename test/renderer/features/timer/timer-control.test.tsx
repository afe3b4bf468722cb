import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/db';
import { timerRepo } from '../../../../src/renderer/src/db/repositories/timer-repo';
import { TimerControl } from '../../../../src/renderer/src/features/timer/timer-control';
import { useCommandStore } from '../../../../src/renderer/src/stores/command-store';
import { renderApp, resetApp } from '../../../support/render-app';
import { seedProjects } from '../time/seed';

const renderTimer = () => renderApp(<TimerControl />);

const commandIds = () => Object.keys(useCommandStore.getState().commands).sort();

beforeEach(() => resetApp());

describe('TimerControl', () => {
  it('points to Projects when there is nothing to time', async () => {
    renderTimer();
    expect(await screen.findByRole('link', { name: 'Add a project to use the timer' })).toHaveAttribute('href', '#/projects');
  });

  it('asks for a project before starting and stores nothing without one', async () => {
    await seedProjects();
    const { user } = renderTimer();
    await user.click(await screen.findByRole('button', { name: 'Start timer' }));
    expect(screen.getByRole('combobox', { name: 'Timer project' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a project for the timer first');
    expect(await db.timer.count()).toBe(0);
  });

  it('starts with the chosen project and hat, and registers Start / Stop timer in the palette', async () => {
    const { web } = await seedProjects();
    const { user } = renderTimer();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Timer project' }), 'WEB · Website');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Timer hat' }), 'Project mgmt');
    await waitFor(() => expect(commandIds()).toEqual(['timer:start']));
    await user.click(screen.getByRole('button', { name: 'Start timer' }));

    const group = screen.getByRole('group', { name: 'Timer' });
    await waitFor(() => expect(group).toHaveTextContent('Timer running on WEB Website · Project mgmt'));
    expect(await timerRepo(db).get()).toMatchObject({ projectId: web.id, hat: 'project', billable: true });
    // The palette's commands are registered in an effect, a render after the text changes.
    await waitFor(() => expect(commandIds()).toEqual(['timer:stop']));
  });

  it('shows the time elapsed since the stored start, ticking without a live region, and survives a remount', async () => {
    const { web } = await seedProjects();
    await timerRepo(db).start({ projectId: web.id }, new Date(Date.now() - (65 * 60 + 2) * 1000));
    const { unmount } = renderTimer();
    const elapsed = await screen.findByText(/^1:05:\d\d$/);
    expect(elapsed.closest('[aria-live]')).toBeNull();
    // It ticks: the seconds move on (how far depends on how loaded the machine is, so no exact second).
    const shown = elapsed.textContent;
    await waitFor(() => expect(elapsed.textContent).not.toBe(shown));
    expect(elapsed).toHaveTextContent(/^Elapsed 1:0[56]:\d\d$/);
    unmount();

    renderTimer();
    expect(await screen.findByText(/^1:05:\d\d$/)).toBeInTheDocument();
  });

  it('stops into a time entry, confirms it and offers the same project again', async () => {
    const { web } = await seedProjects();
    await timerRepo(db).start({ projectId: web.id, hat: 'account' }, new Date(Date.now() - 65 * 60 * 1000));
    const { user } = renderTimer();
    await user.click(await screen.findByRole('button', { name: 'Stop timer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Logged 1h 5m on WEB Website');
    expect(await db.timer.count()).toBe(0);
    const [entry] = await db.timeEntries.toArray();
    expect(entry).toMatchObject({ projectId: web.id, minutes: 65, hat: 'account', source: { kind: 'timer' } });
    expect(await screen.findByRole('combobox', { name: 'Timer project' })).toHaveDisplayValue('WEB · Website');
    expect(screen.getByRole('combobox', { name: 'Timer hat' })).toHaveDisplayValue('Account mgmt');
  });

  it('stops from the palette command', async () => {
    const { web } = await seedProjects();
    await timerRepo(db).start({ projectId: web.id }, new Date(Date.now() - 10 * 1000));
    renderTimer();
    await screen.findByRole('button', { name: 'Stop timer' });
    // The palette command registers in an effect after the button shows.
    await waitFor(() => expect(useCommandStore.getState().commands['timer:stop']).toBeDefined());
    useCommandStore.getState().commands['timer:stop']?.run();
    expect(await screen.findByRole('status')).toHaveTextContent('Timer stopped after less than a minute: nothing logged');
    expect(await db.timer.count()).toBe(0);
    expect(await db.timeEntries.count()).toBe(0);
  });
});
