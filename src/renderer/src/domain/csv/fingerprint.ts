// Provenance of an imported row: the same row in the same (or a re-exported) file gets the same
// id, so importing it again adds nothing. The hash is cyrb53 (53 bits, synchronous, no crypto API
// needed); collisions need ~10^8 rows of one source to become likely.

export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Numbers identical rows within a file (the second copy of a row gets ':2'), so two real entries
 * that look alike both import once, and a re-import skips both.
 */
export class FingerprintCounter {
  private readonly seen = new Map<string, number>();

  next(source: string, keyParts: readonly string[]): string {
    const key = `${source}:${hashText(keyParts.map((part) => part.trim().toLowerCase()).join('\u001f'))}`;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return `${key}:${count}`;
  }
}
