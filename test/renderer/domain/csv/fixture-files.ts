import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The real exports from ../../../../../shared/fixtures/imports, copied byte for byte (see fixtures/SOURCES.md).
export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** The ISO instant of a local wall-clock time (tests run in two zones). */
export function localIso(year: number, month: number, day: number, hours: number, minutes: number): string {
  return new Date(year, month - 1, day, hours, minutes).toISOString();
}
