import { biggestProject, datasetCounts, fullScanEntries, loadScale, scaleCounts } from './dataset';
import { importRows, rawBulkPut } from './import-rows';
import { invoiceFromMonth } from './invoices';
import { syncAwaitNote, syncClose, syncEdit, syncEditableEntry, syncFirstPull, syncFloor, syncLive, syncUpload } from './sync';
import { writeLatency } from './writes';

// Entry of bench.html: exposes app code to bench/run.mjs. It writes to the same 'tandem' database
// that index.html reads; the app never imports this folder.

const tandemBench = {
  scaleCounts,
  loadScale,
  datasetCounts,
  biggestProject,
  fullScanEntries,
  writeLatency,
  invoiceFromMonth,
  importRows,
  rawBulkPut,
  syncUpload,
  syncFirstPull,
  syncFloor,
  syncLive,
  syncEditableEntry,
  syncEdit,
  syncAwaitNote,
  syncClose,
};

export type TandemBench = typeof tandemBench;

declare global {
  interface Window {
    tandemBench?: TandemBench;
  }
}

window.tandemBench = tandemBench;
