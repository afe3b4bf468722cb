import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncConflict } from '../../../../src/renderer/src/db/sync/sync-store';
import { JoinSyncDialog } from '../../../../src/renderer/src/features/settings/join-sync-dialog';
import {
  SyncConflictsPanel,
  type SyncConflictsPanelProps,
} from '../../../../src/renderer/src/features/settings/sync-conflicts-panel';
import { renderApp, resetApp } from '../../../support/render-app';

const EDITED: SyncConflict = {
  id: 'c1',
  key: 'clients:cl-1',
  table: 'clients',
  recordId: 'cl-1',
  winner: { rev: '2-b', record: { id: 'cl-1', name: 'Acme GmbH', email: 'billing@acme.example', notes: '' }, device: 'Desktop' },
  losers: [{ rev: '2-a', record: { id: 'cl-1', name: 'Acme', email: 'hello@acme.example', notes: '' }, device: 'Laptop' }],
  fields: ['name', 'email'],
};

const DELETED: SyncConflict = {
  id: 'c2',
  key: 'tasks:t-1',
  table: 'tasks',
  recordId: 't-1',
  winner: { rev: '3-c', record: { id: 't-1', title: 'Send proposal', done: true }, device: null },
  losers: [{ rev: '3-d', record: null, device: 'Laptop' }],
  fields: ['title', 'done'],
};

function renderPanel(conflicts: SyncConflict[]) {
  const onResolve = vi.fn<SyncConflictsPanelProps['onResolve']>(async () => undefined);
  const view = renderApp(<SyncConflictsPanel conflicts={conflicts} onResolve={onResolve} />);
  return { ...view, onResolve, panel: screen.getByRole('region', { name: 'Sync conflicts' }) };
}

beforeEach(() => resetApp());

describe('Sync conflicts', () => {
  it('says when there are none', () => {
    const { panel } = renderPanel([]);
    expect(panel).toHaveTextContent('No conflicts.');
  });

  it('lists each record with the fields that differ and who changed each side', () => {
    const { panel } = renderPanel([EDITED, DELETED]);
    const items = within(panel).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Client “Acme GmbH”',
      'Task “Send proposal”',
    ]);
    const rows = within(items[0]!)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'FieldApplied now (from Desktop)Other version (from Laptop)',
      'nameAcme GmbHAcme',
      'emailbilling@acme.examplehello@acme.example',
    ]);
    // An edit against a delete: the other side is a deletion, so there is nothing to merge.
    expect(items[1]).toHaveTextContent('Applied now (from another device)');
    expect(within(items[1]!).getAllByText('Deleted')).toHaveLength(2);
    expect(within(items[1]!).queryByRole('button', { name: 'Merge field by field' })).not.toBeInTheDocument();
  });

  it('keeps one side, or merges field by field', async () => {
    const { user, panel, onResolve } = renderPanel([EDITED]);
    await user.click(within(panel).getByRole('button', { name: 'Keep other version' }));
    expect(onResolve).toHaveBeenLastCalledWith(EDITED, { keep: 'loser' });
    await user.click(within(panel).getByRole('button', { name: 'Merge field by field' }));
    // The applied side is picked for every field until the user chooses otherwise.
    await user.click(within(panel).getByRole('radio', { name: 'hello@acme.example' }));
    await user.click(within(panel).getByRole('button', { name: 'Save merged version' }));
    expect(onResolve).toHaveBeenLastCalledWith(EDITED, { merge: { name: 'winner', email: 'loser' } });
  });
});

describe('Joining with data on this computer', () => {
  it('states the counts on each side and asks before the backup and merge', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const { user } = renderApp(
      <JoinSyncDialog
        counts={{ local: 1234, remote: 1 }}
        server="couch.example.com"
        onConfirm={onConfirm}
        onCancel={onCancel}
        busy={false}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Merge this computer’s data with the server?' });
    expect(dialog).toHaveTextContent('On this computer1,234 records');
    expect(dialog).toHaveTextContent('On couch.example.com1 record');
    // Cancel is first, so Enter never merges by accident.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Back up and merge' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });
});
