// dexie-export-import reads blobs with FileReader and looks for `self`, as in a browser. Node has
// neither; these stand-ins read through Blob#arrayBuffer, which Node has. Import first in node tests.

const scope = globalThis as Record<string, unknown>;
if (!('self' in scope)) scope.self = globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

if (!('FileReader' in scope)) scope.FileReader = NodeFileReader;
