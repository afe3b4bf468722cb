import { z } from 'zod';

// The rows per table a backup body declares about itself. The body is dexie-export-import's JSON,
// which exportDB writes as the JSON of an empty export cut just before its final `]}}`:
//   {"formatName":"dexie",…,"data":{…,"tables":[{"name":…,"schema":…,"rowCount":…},…],"data":[ …rows… ]}}
// so its table list (each rowCount counted in the same read transaction as the rows) comes first,
// and the opening of the rows, `,"data":[`, cannot occur earlier: inside a JSON string every quote is
// escaped, and the only earlier "data" key opens an object. Closing that prefix gives a small JSON
// document to parse, which is also how the library's own peakImportFile reads a file's tables.
// The body is covered by the header's SHA-256 and the header is not, so these counts are the truth.

const ROWS_START = ',"data":[';

const exportPrefixSchema = z.object({
  formatName: z.literal('dexie'),
  data: z.object({ tables: z.array(z.object({ name: z.string(), rowCount: z.int().min(0) })) }),
});

/** The table list at the start of a body (its first bytes suffice); null when it is not there. */
export function exportTableCounts(bodyStart: Uint8Array): Record<string, number> | null {
  // Not fatal: the slice may end inside a character, far after the part that is parsed.
  const text = new TextDecoder().decode(bodyStart);
  const end = text.indexOf(ROWS_START);
  if (end < 0) return null;
  let json: unknown;
  try {
    json = JSON.parse(`${text.slice(0, end + ROWS_START.length)}]}}`);
  } catch {
    return null;
  }
  const parsed = exportPrefixSchema.safeParse(json);
  if (!parsed.success) return null;
  const counts = new Map(parsed.data.data.tables.map((table) => [table.name, table.rowCount]));
  if (counts.size !== parsed.data.data.tables.length) return null; // a table listed twice
  return Object.fromEntries(counts);
}

/** Same tables, same rows in each. */
export function sameCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => Object.hasOwn(b, name) && a[name] === b[name]);
}
