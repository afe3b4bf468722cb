import { useMemo, useState } from 'react';
import { db } from '../../db/db';
import { backUpNow } from '../../db/backup/backup-service';
import { commitCsvImport } from '../../db/backup/csv-commit';
import type { ImportStep } from './import-progress';
import { importTargets, storedExternalIds } from '../../db/queries/backups-import';
import { getSettings } from '../../db/queries/singletons';
import { namesInEntries, resolveTargets } from '../../domain/csv/mapping';
import type { ExistingClient, ExistingProject, Target } from '../../domain/csv/mapping';
import { parseTimeCsv } from '../../domain/csv/parse-time-csv';
import { decodeCsvBytes } from '../../domain/csv/read-csv';
import { summarizeEntries } from '../../domain/csv/summary';
import { CSV_SOURCE_LABELS } from '../../domain/csv/types';
import type { DateOrder, ParsedCsv } from '../../domain/csv/types';
import { hasBackupFolder, platform } from '../../platform/platform';
import { navigate } from '../../platform/router';
import { notify } from '../../stores/toast-store';
import { errorText } from '@shared/error-text';

// The CSV import flow: pick a file, read it, preview with mapping, then commit all or nothing.

export interface CsvPreview {
  fileName: string;
  text: string;
  parsed: ParsedCsv;
  /** the user's answer when the file's dates read both ways */
  dateOrder: DateOrder | undefined;
  existing: { clients: ExistingClient[]; projects: ExistingProject[] };
  alreadyImported: number;
  workStartMinute: number;
}

export type CsvImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName?: string }
  | { step: 'failed'; fileName: string; message: string }
  | { step: 'preview'; preview: CsvPreview; importing: ImportStep | null; error: string | null };

async function previewOf(
  fileName: string,
  text: string,
  workStartMinute: number,
  dateOrder?: DateOrder,
): Promise<CsvPreview | string> {
  const parsed = parseTimeCsv(text, { fileName, dateOrder, workStartMinute });
  if (!parsed.ok) return parsed.error;
  const [existing, seen] = await Promise.all([
    importTargets(db),
    storedExternalIds(
      db,
      parsed.value.entries.map((entry) => entry.externalId),
    ),
  ]);
  return { fileName, text, parsed: parsed.value, dateOrder, existing, alreadyImported: seen.size, workStartMinute };
}

export function useCsvImport() {
  const [state, setState] = useState<CsvImportState>({ step: 'idle' });
  const [clientChoices, setClientChoices] = useState<Map<string, Target>>(new Map());
  const [projectChoices, setProjectChoices] = useState<Map<string, Target>>(new Map());
  const [skipErrors, setSkipErrors] = useState(false);

  const preview = state.step === 'preview' ? state.preview : null;
  const names = useMemo(() => (preview ? namesInEntries(preview.parsed.entries) : null), [preview]);
  const targets = useMemo(
    () =>
      preview && names ? resolveTargets(names, preview.existing, { clients: clientChoices, projects: projectChoices }) : null,
    [preview, names, clientChoices, projectChoices],
  );
  const summary = useMemo(() => (preview ? summarizeEntries(preview.parsed.entries) : null), [preview]);

  /** Starts the file picker; call it straight from a click. */
  function pick() {
    const picked = platform.openFile('csv');
    setState({ step: 'reading' });
    void (async () => {
      try {
        const file = await picked;
        if (!file) return setState({ step: 'idle' });
        setState({ step: 'reading', fileName: file.name });
        const text = decodeCsvBytes(file.bytes);
        if (!text.ok) return setState({ step: 'failed', fileName: file.name, message: text.error });
        const settings = await getSettings(db);
        const result = await previewOf(file.name, text.value, settings.workStartMinute);
        if (typeof result === 'string') return setState({ step: 'failed', fileName: file.name, message: result });
        setClientChoices(new Map());
        setProjectChoices(new Map());
        setSkipErrors(false);
        setState({ step: 'preview', preview: result, importing: null, error: null });
      } catch (error) {
        setState({ step: 'failed', fileName: '', message: errorText(error) });
      }
    })();
  }

  async function chooseDateOrder(order: DateOrder) {
    if (!preview) return;
    // The answer shows at once; the entries are read again with it just after.
    setState({ step: 'preview', preview: { ...preview, dateOrder: order }, importing: null, error: null });
    const result = await previewOf(preview.fileName, preview.text, preview.workStartMinute, order);
    if (typeof result === 'string') setState({ step: 'failed', fileName: preview.fileName, message: result });
    else setState({ step: 'preview', preview: result, importing: null, error: null });
  }

  async function commit() {
    if (!preview || !targets) return;
    const update = (importing: ImportStep | null, error: string | null = null) =>
      setState({ step: 'preview', preview, importing, error });
    try {
      if (hasBackupFolder) {
        update({ phase: 'safety' });
        await backUpNow(db, 'before-import');
      }
      const result = await commitCsvImport(
        db,
        {
          source: preview.parsed.source,
          fileName: preview.fileName,
          entries: preview.parsed.entries,
          ...targets,
          errorRows: preview.parsed.problems.filter((problem) => problem.kind === 'error').length,
          skipErrorRows: skipErrors,
        },
        { onProgress: update },
      );
      setState({ step: 'idle' });
      const created = [
        result.createdClients > 0 ? `${result.createdClients} client${result.createdClients === 1 ? '' : 's'}` : '',
        result.createdProjects > 0 ? `${result.createdProjects} project${result.createdProjects === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      const firstDay = summary?.firstDay;
      notify(
        `Imported ${result.imported.toLocaleString()} ${result.imported === 1 ? 'entry' : 'entries'} from ${CSV_SOURCE_LABELS[preview.parsed.source]}${created.length > 0 ? ` (created ${created.join(' and ')})` : ''}.`,
        firstDay ? { label: 'Show in Time', run: () => navigate('time', 'week', firstDay) } : undefined,
        'success',
      );
    } catch (error) {
      update(null, errorText(error));
    }
  }

  const setChoice = (setter: typeof setClientChoices) => (key: string, target: Target) =>
    setter((current) => new Map(current).set(key, target));

  return {
    state,
    names,
    targets,
    summary,
    skipErrors,
    pick,
    chooseDateOrder,
    setSkipErrors,
    chooseClient: setChoice(setClientChoices),
    chooseProject: setChoice(setProjectChoices),
    commit,
    close: () => setState({ step: 'idle' }),
  };
}

export type CsvImport = ReturnType<typeof useCsvImport>;
