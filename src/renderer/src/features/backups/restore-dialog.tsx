import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { PREVIEW_TABLES, TABLE_LABELS, formatInstant } from './labels';
import { ProgressBar } from './progress-bar';
import type { RestoreState } from './use-restore';

export interface RestoreDialogProps {
  state: RestoreState;
  onConfirm: () => void;
  onClose: () => void;
}

/** Preview of what a restore brings back beside what is there now, then its progress or its error. */
export function RestoreDialog({ state, onConfirm, onClose }: RestoreDialogProps) {
  if (state.step === 'idle') return null;
  const running = state.step === 'running';
  const close = running ? () => undefined : onClose;
  return (
    <Dialog
      title={state.title}
      size="md"
      onClose={close}
      footer={
        state.step === 'preview' || running ? (
          <>
            <Button onClick={onClose} disabled={running}>
              Cancel
            </Button>
            <Button variant="danger" onClick={onConfirm} disabled={running}>
              {running ? 'Restoring…' : 'Replace my data'}
            </Button>
          </>
        ) : (
          <Button onClick={onClose}>Close</Button>
        )
      }
    >
      {state.step === 'opening' ? <ProgressBar label="Checking the file…" /> : null}
      {state.step === 'failed' ? (
        <p className="restore-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.step === 'preview' || state.step === 'running' ? (
        <div className="restore-body">
          <p>
            {state.file.kind === 'backup' ? 'Backup' : 'Export'}
            {state.file.createdAt ? ` from ${formatInstant(state.file.createdAt)}` : ''}. Tandem first backs up your current data, then
            replaces all of it with this file.
          </p>
          <table className="data-table restore-preview">
            <caption className="visually-hidden">What the file holds and what you have now</caption>
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col" className="num">
                  Now
                </th>
                <th scope="col" className="num">
                  In the file
                </th>
              </tr>
            </thead>
            <tbody>
              {PREVIEW_TABLES.map((table) => (
                <tr key={table} className={(state.current[table] ?? 0) !== (state.file.counts[table] ?? 0) ? 'restore-changed' : undefined}>
                  <th scope="row">{TABLE_LABELS[table]}</th>
                  <td className="num">{(state.current[table] ?? 0).toLocaleString()}</td>
                  <td className="num">{(state.file.counts[table] ?? 0).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {running ? <ProgressBar label={state.progress.label} value={state.progress.value} /> : null}
        </div>
      ) : null}
    </Dialog>
  );
}
