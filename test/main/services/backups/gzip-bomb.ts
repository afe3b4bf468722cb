import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGzip } from 'node:zlib';

/**
 * gzip of `head` followed by `zeroMiB` MiB of zeros, compressed a MiB at a time: 200 MiB of zeros
 * become about 200 KB, and no more than one MiB is ever held.
 */
export async function gzipBomb(head: string, zeroMiB: number): Promise<Uint8Array> {
  const zeros = Buffer.alloc(1024 * 1024);
  function* parts(): Generator<Buffer> {
    yield Buffer.from(head, 'utf8');
    for (let index = 0; index < zeroMiB; index++) yield zeros;
  }
  return new Uint8Array(await buffer(Readable.from(parts()).pipe(createGzip({ level: 9 }))));
}

/** `bytes` as a stream of `sliceBytes` pieces, buffering one, that counts how many bytes were pulled from it. */
export function countingSource(bytes: Uint8Array, sliceBytes: number): { source: Readable; pulled: () => number } {
  let pulled = 0;
  function* slices(): Generator<Uint8Array> {
    for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
      const slice = bytes.subarray(offset, offset + sliceBytes);
      pulled += slice.length;
      yield slice;
    }
  }
  return { source: Readable.from(slices(), { objectMode: false, highWaterMark: sliceBytes }), pulled: () => pulled };
}
