import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TandemDb } from '../../../../src/renderer/src/db/db';
import type { CsvImportPlan } from '../../../../src/renderer/src/db/backup/csv-commit';
import { importTargets } from '../../../../src/renderer/src/db/queries/backups-import';
import { namesInEntries, resolveTargets } from '../../../../src/renderer/src/domain/csv/mapping';
import type { Target } from '../../../../src/renderer/src/domain/csv/mapping';
import { parseTimeCsv } from '../../../../src/renderer/src/domain/csv/parse-time-csv';
import { decodeCsvBytes } from '../../../../src/renderer/src/domain/csv/read-csv';
import type { ParseOptions } from '../../../../src/renderer/src/domain/csv/types';

const FIXTURES = join(import.meta.dirname, '..', '..', 'domain', 'csv', 'fixtures');

export function fixtureText(name: string): string {
  const decoded = decodeCsvBytes(new Uint8Array(readFileSync(join(FIXTURES, name))));
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
}

/** What the preview builds: the parsed file with the default (or given) targets. */
export async function planFor(
  db: TandemDb,
  text: string,
  fileName: string,
  options: ParseOptions & { skipErrorRows?: boolean; clients?: Map<string, Target>; projects?: Map<string, Target> } = {},
): Promise<CsvImportPlan> {
  const parsed = parseTimeCsv(text, options);
  if (!parsed.ok) throw new Error(parsed.error);
  const targets = resolveTargets(namesInEntries(parsed.value.entries), await importTargets(db), options);
  return {
    source: parsed.value.source,
    fileName,
    entries: parsed.value.entries,
    ...targets,
    errorRows: parsed.value.problems.filter((problem) => problem.kind === 'error').length,
    skipErrorRows: options.skipErrorRows ?? false,
  };
}
