import type { FilePurpose, PickedFile } from '@shared/api';

// The browser's way to read and write files: a file input to pick one, a download to save one.

const ACCEPT: Record<FilePurpose, string> = {
  csv: '.csv,.txt,text/csv,text/plain',
  backup: '.gz,.json,application/gzip,application/json',
  ics: '.ics,text/calendar',
};

const LABELS: Record<FilePurpose, string> = {
  csv: 'CSV file to import',
  backup: 'Backup file to restore',
  ics: 'Calendar file to import',
};

/**
 * Opens the browser's file picker through a file input added to the page (tests drive it with
 * setInputFiles). Must be called from a click, before any await, or the browser blocks the picker.
 */
export function pickFileInBrowser(purpose: FilePurpose): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[purpose];
    input.hidden = true;
    input.dataset.filePicker = purpose;
    input.setAttribute('aria-label', LABELS[purpose]);
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

/** Saves through a download: the browser decides where (usually the downloads folder). */
export function downloadFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the URL after this click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
