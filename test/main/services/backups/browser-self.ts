// dexie-export-import reads the browser's `self` as it loads, and its exportDB ends by reading a
// (here empty) Blob with FileReader; Node has neither. Import this before the library.

class BlobFileReader {
  result: ArrayBuffer | null = null;
  onload: ((event: { target: BlobFileReader }) => void) | null = null;
  onerror: ((event: { target: BlobFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    void blob.arrayBuffer().then((buffer) => {
      this.result = buffer;
      this.onload?.({ target: this });
    });
  }
}

if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: BlobFileReader });
