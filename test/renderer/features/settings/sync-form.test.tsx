import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../../src/renderer/src/db/sync/sync-status';
import { SyncForm, type SyncFormProps } from '../../../../src/renderer/src/features/settings/sync-form';
import { pinZone, renderApp, resetApp } from '../../../support/render-app';

const OFF: SyncStatus = { state: 'off', message: '', lastSyncedAt: null, pending: 0, progress: null };

function renderForm(props: Partial<SyncFormProps> = {}) {
  const onStart = vi.fn<SyncFormProps['onStart']>(async () => undefined);
  const onSyncNow = vi.fn();
  const onStop = vi.fn();
  const view = renderApp(
    <SyncForm
      status={OFF}
      server={null}
      passwordKeptSecurely
      onStart={onStart}
      onSyncNow={onSyncNow}
      onStop={onStop}
      busy={false}
      {...props}
    />,
  );
  return { ...view, onStart, onSyncNow, onStop, form: screen.getByRole('form', { name: 'Sync server' }) };
}

beforeEach(async () => {
  // "Last synced" is shown in the machine's zone: the expected wall-clock time is Berlin's.
  pinZone('Europe/Berlin');
  await resetApp();
});

describe('Settings → Sync form', () => {
  it('sends nothing until every field is right, and says what is wrong beside each', async () => {
    const { user, form, onStart } = renderForm();
    await user.clear(within(form).getByLabelText('Database'));
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }));
    expect(within(form).getByLabelText('Server address')).toHaveAccessibleDescription(/^Enter the server’s address/);
    expect(within(form).getByLabelText('Database')).toHaveAccessibleDescription('Enter the database’s name, such as tandem.');
    expect(within(form).getByLabelText('User name')).toHaveAccessibleDescription('Enter the user name.');
    expect(within(form).getByLabelText('Password')).toHaveAccessibleDescription(/^Enter the password\./);
    await user.type(within(form).getByLabelText('Server address'), 'http://couch.example.com');
    await user.type(within(form).getByLabelText('Database'), 'Tandem');
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }));
    expect(within(form).getByLabelText('Server address')).toHaveAccessibleDescription(/^Use an https:\/\/ address/);
    expect(within(form).getByLabelText('Database')).toHaveAccessibleDescription(/lower case/);
    expect(onStart).not.toHaveBeenCalled();
  });

  it('starts with the trimmed sign-in and clears the password field afterwards', async () => {
    const { user, form, onStart } = renderForm();
    await user.type(within(form).getByLabelText('Server address'), ' http://127.0.0.1:5984 ');
    await user.type(within(form).getByLabelText('User name'), ' ana ');
    await user.type(within(form).getByLabelText('Password'), 'secret');
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }));
    expect(onStart).toHaveBeenCalledWith({
      serverAddress: 'http://127.0.0.1:5984',
      database: 'tandem',
      username: 'ana',
      password: 'secret',
    });
    expect(within(form).getByLabelText('Password')).toHaveValue('');
  });

  it('says why starting failed, and keeps the password to try again', async () => {
    const { user, form } = renderForm({
      onStart: async () => {
        throw new Error('This system offers Tandem no secure place for the password');
      },
    });
    await user.type(within(form).getByLabelText('Server address'), 'https://couch.example.com');
    await user.type(within(form).getByLabelText('User name'), 'ana');
    await user.type(within(form).getByLabelText('Password'), 'secret');
    await user.click(within(form).getByRole('button', { name: 'Start syncing' }));
    expect(await screen.findByText(/no secure place for the password/)).toBeInTheDocument();
    expect(within(form).getByLabelText('Password')).toHaveValue('secret');
  });

  it('while syncing: the status in words, last synced, changes waiting, progress, Sync now and Stop syncing', async () => {
    const status: SyncStatus = {
      state: 'connected',
      message: '',
      lastSyncedAt: '2026-11-04T08:25:00.000Z',
      pending: 3,
      progress: { done: 1200, total: 4800 },
    };
    const { user, form, onSyncNow, onStop } = renderForm({
      status,
      server: { serverAddress: 'https://couch.example.com', database: 'tandem', username: 'ana' },
    });
    const shown = screen.getByLabelText('Sync status');
    expect(shown).toHaveTextContent('Connected');
    // 08:25 UTC is 09:25 in Europe/Berlin (the zone pinned above)
    expect(shown).toHaveTextContent(/Last synced.*Nov 4, 2026.*9:25/);
    expect(shown).toHaveTextContent('3 changes waiting to go up');
    // 1,200 of 4,800: a quarter
    const bar = screen.getByRole('progressbar', { name: 'First sync: 1,200 of 4,800 records' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(within(form).getByLabelText('Server address')).toBeDisabled();
    expect(within(form).queryByRole('button', { name: 'Start syncing' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Sync now' }));
    await user.click(within(form).getByRole('button', { name: 'Stop syncing' }));
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('says the error in plain words, and where the browser keeps the password', () => {
    renderForm({
      status: {
        ...OFF,
        state: 'error',
        message: 'The server refused the user name or password. Check them and start syncing again.',
      },
      passwordKeptSecurely: false,
    });
    expect(screen.getByLabelText('Sync status')).toHaveTextContent(
      'Stopped by an error: The server refused the user name or password. Check them and start syncing again.',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      'Kept in this tab only: closing or reloading it forgets the password.',
    );
  });
});
