import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { getSettings } from '../../db/queries/singletons';
import { keepsFileRate, targetCurrency } from '../../domain/csv/currency-check';
import type { CsvImport, CsvPreview } from './use-csv-import';
import { importProgress } from './import-progress';
import type { ImportStep } from './import-progress';
import { CsvDateOrder } from './csv-date-order';
import { CsvMapping } from './csv-mapping';
import { CsvProblems } from './csv-problems';
import { CsvSummaryList } from './csv-summary';
import { ProgressBar } from './progress-bar';

export interface CsvPreviewDialogProps {
  flow: CsvImport;
  preview: CsvPreview;
  importing: ImportStep | null;
  error: string | null;
}

/** Everything an import will do, before it does it; then its progress. */
export function CsvPreviewDialog({ flow, preview, importing, error }: CsvPreviewDialogProps) {
  const homeCurrency = useLiveQuery(async () => (await getSettings(db)).homeCurrency, [], 'EUR');
  const { parsed } = preview;
  const { names, targets, summary } = flow;
  if (!names || !targets || !summary) return null;
  const errorRows = parsed.problems.filter((problem) => problem.kind === 'error').length;
  const dateOrderOpen = parsed.dateOrderAmbiguous && preview.dateOrder === undefined;
  const fresh = parsed.entries.length - preview.alreadyImported;
  const busy = importing !== null;
  const blocked = dateOrderOpen ? 'Say how the dates are written first.' : errorRows > 0 && !flow.skipErrors ? 'Some rows have errors: fix the file, or choose to skip them.' : fresh === 0 ? 'Every entry in this file was imported before: there is nothing to add.' : null;

  const currencyNotes = names.projects.flatMap((project) => {
    const client = names.clients.find((candidate) => candidate.key === project.clientKey);
    const stored = targetCurrency(targets.projectTargets.get(project.key) ?? { kind: 'new' }, targets.clientTargets.get(project.clientKey) ?? { kind: 'new' }, preview.existing.clients, preview.existing.projects);
    return client?.currency && !keepsFileRate(client.currency, stored)
      ? [`“${project.name}” is billed in ${stored}, the file in ${client.currency}: its rates are not used, the project’s own rate applies.`]
      : [];
  });

  return (
    <Dialog
      title={`Import ${preview.fileName}`}
      size="lg"
      onClose={busy ? () => undefined : flow.close}
      footer={
        <>
          {importing ? (
            // In the footer, so it stays in view however long the mapping above is.
            <div className="csv-footer-progress">
              <ProgressBar {...importProgress(importing)} />
            </div>
          ) : null}
          <Button onClick={flow.close} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" onClick={() => void flow.commit()} disabled={busy || blocked !== null}>
            {busy ? 'Importing…' : `Import ${fresh.toLocaleString()} ${fresh === 1 ? 'entry' : 'entries'}`}
          </Button>
        </>
      }
    >
      <div className="csv-preview">
        <CsvSummaryList source={parsed.source} summary={summary} alreadyImported={preview.alreadyImported} dateOrderOpen={dateOrderOpen} />
        {parsed.dateOrderAmbiguous || preview.dateOrder ? <CsvDateOrder value={preview.dateOrder} onChange={(order) => void flow.chooseDateOrder(order)} /> : null}
        <CsvMapping
          clients={names.clients}
          projects={names.projects}
          existing={preview.existing}
          targets={targets}
          homeCurrency={homeCurrency}
          disabled={busy}
          onClient={flow.chooseClient}
          onProject={flow.chooseProject}
        />
        {currencyNotes.length > 0 ? (
          <ul className="csv-notes">
            {currencyNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        <CsvProblems problems={parsed.problems} skipErrors={flow.skipErrors} disabled={busy} onSkipErrors={flow.setSkipErrors} />
        {error ? (
          <p className="restore-error" role="alert">
            {error} Nothing was imported.
          </p>
        ) : blocked ? (
          <p className="muted csv-blocked">{blocked}</p>
        ) : null}
      </div>
    </Dialog>
  );
}
