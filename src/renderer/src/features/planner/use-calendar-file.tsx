import { useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { db } from '../../db/db';
import type { PlanBoard } from '../../db/queries/plan-board';
import { importIcs } from '../../domain/calendar/ics-import';
import { describeIcsImport } from '../../domain/calendar/ics-summary';
import { platform } from '../../platform/platform';
import { notify } from '../../stores/toast-store';
import { saveImportedBlocks } from './import-blocks';
import { weekCalendar, weekFileName } from './week-calendar';
import { readClock } from '../../platform/clock';
import { errorText } from '@shared/error-text';

export interface CalendarFile {
  /** Import and Export buttons for the screen header */
  buttons: ReactNode;
  /** why the last import failed (nothing was changed): shown until dismissed or the next import */
  notice: ReactNode;
}

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Export the shown week as .ics; import an .ics file's meetings of the shown week (recurring ones expanded). */
export function useCalendarFile(board: PlanBoard | undefined): CalendarFile {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function exportWeek() {
    if (!board) return;
    const name = weekFileName(board);
    try {
      const bytes = new TextEncoder().encode(weekCalendar(board, readClock()));
      if (await platform.saveFile({ purpose: 'ics', suggestedName: name, bytes })) {
        const count = board.blocks.length;
        notify(`Exported ${count} block${count === 1 ? '' : 's'} to ${name}`, undefined, 'success');
      }
    } catch (failure) {
      notify(`Could not export the week: ${errorText(failure)}`, undefined, 'error');
    }
  }

  function importFile() {
    if (!board) return;
    const week = { from: board.from, to: board.to };
    // Asked straight from the click: the browser opens its picker only then.
    const picked = platform.openFile('ics');
    void (async () => {
      let fileName = 'the file';
      try {
        const file = await picked;
        if (!file) return;
        // Busy only once a file is in hand: a picker closed without a choice may never say so.
        setBusy(true);
        fileName = file.name;
        const text = decode(file.bytes);
        if (text === null) throw new Error('It is not UTF-8 text, as calendar files are.');
        const read = importIcs(text, week);
        if (!read.ok) throw new Error(read.error);
        const saved = await saveImportedBlocks(db, read.value.blocks);
        setError(null);
        notify(
          describeIcsImport(read.value, saved.added.length, saved.existing, week.from),
          undefined,
          saved.added.length > 0 ? 'success' : 'info',
        );
      } catch (failure) {
        setError(`Could not import ${fileName}: ${errorText(failure)} Nothing was changed.`);
      } finally {
        setBusy(false);
      }
    })();
  }

  const buttons = (
    <>
      <Button onClick={importFile} disabled={!board || busy}>
        Import .ics
      </Button>
      <Button onClick={() => void exportWeek()} disabled={!board || busy}>
        Export week (.ics)
      </Button>
    </>
  );
  const notice = error ? (
    <div className="planner-file-error" role="alert">
      <p>{error}</p>
      <Button size="sm" variant="ghost" onClick={() => setError(null)}>
        Dismiss
      </Button>
    </div>
  ) : null;
  return { buttons, notice };
}
