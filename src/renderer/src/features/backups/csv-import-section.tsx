import { Button } from '../../components/ui/button';
import { CsvPreviewDialog } from './csv-preview-dialog';
import { ProgressBar } from './progress-bar';
import { useCsvImport } from './use-csv-import';

/** Time from Toggl Track, Harvest or Clockify: pick the detailed CSV export, preview, import. */
export function CsvImportSection() {
  const flow = useCsvImport();
  const { state } = flow;
  return (
    <section className="card data-section" aria-labelledby="csv-import-heading">
      <h2 id="csv-import-heading">Import time from another tracker</h2>
      <p className="muted">
        Export the detailed time report as CSV from Toggl Track, Harvest or Clockify and pick it here. You see what will be imported before anything is
        saved; importing the same file again adds nothing.
      </p>
      <div className="data-section-actions">
        <Button variant="primary" onClick={flow.pick} disabled={state.step === 'reading' || state.step === 'preview'}>
          Choose a CSV file…
        </Button>
      </div>
      {state.step === 'reading' ? <ProgressBar label={state.fileName ? `Reading ${state.fileName}…` : 'Waiting for a file…'} /> : null}
      {state.step === 'failed' ? (
        <p className="restore-error" role="alert">
          {state.fileName ? `Could not import ${state.fileName}: ` : ''}
          {state.message}
        </p>
      ) : null}
      {state.step === 'preview' ? <CsvPreviewDialog flow={flow} preview={state.preview} importing={state.importing} error={state.error} /> : null}
    </section>
  );
}
