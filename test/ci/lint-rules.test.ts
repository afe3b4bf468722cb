import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The house rules hold only while lint enforces them: each probe below is a throwaway module that
// breaks one rule, written inside the renderer (where the rules apply) and removed afterwards.

const root = resolve(import.meta.dirname, '../..');
const probeDir = join(root, 'src/renderer/src/db', `lint-probe-${process.pid}`);

function writeProbe(name: string, text: string): string {
  mkdirSync(probeDir, { recursive: true });
  const path = join(probeDir, name);
  writeFileSync(path, text);
  return path;
}

async function ruleIdsOf(paths: string[]): Promise<string[]> {
  const results = await eslint.lintFiles(paths);
  return results.flatMap((result) => result.messages.map((message) => message.ruleId ?? message.message)).sort();
}

const eslint = new ESLint({ cwd: root });

afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

// The first lint builds the TypeScript program for type-aware rules: many seconds on a loaded machine.
describe('lint refuses what the house rules forbid', { timeout: 180_000 }, () => {
  it('an import cycle', async () => {
    const a = writeProbe('cycle-a.ts', "import { b } from './cycle-b';\nexport const a = (): number => b() + 1;\n");
    const b = writeProbe(
      'cycle-b.ts',
      "import { a } from './cycle-a';\nexport const b = (): number => (a.length > 9 ? a() : 0);\n",
    );
    expect(await ruleIdsOf([a, b])).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  });

  it('a promise nobody awaits, and one handed to a callback that expects nothing back', async () => {
    const path = writeProbe(
      'floating.ts',
      [
        'async function save(): Promise<void> {}',
        'export function onSave(): void {',
        '  save();',
        '}',
        'export function listen(target: EventTarget): void {',
        "  target.addEventListener('click', async () => save());",
        '}',
        '',
      ].join('\n'),
    );
    expect(await ruleIdsOf([path])).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-misused-promises',
    ]);
  });

  it('an import that points up the layers (db/ reaching into stores/)', async () => {
    const path = writeProbe(
      'upward.ts',
      "import { notify } from '../../stores/toast-store';\nexport const tell = (): void => notify('saved');\n",
    );
    expect(await ruleIdsOf([path])).toEqual(['no-restricted-imports']);
  });

  it('a file name that is not kebab-case', async () => {
    const path = writeProbe('upwardImport.ts', 'export const probe = 1;\n');
    expect(await ruleIdsOf([path])).toEqual(['check-file/filename-naming-convention']);
  });

  it('a module that breaks none of them', async () => {
    const path = writeProbe(
      'clean.ts',
      "import { NONE } from '../../domain/format/none';\nexport const shown = (value?: string): string => value ?? NONE;\n",
    );
    expect(await ruleIdsOf([path])).toEqual([]);
  });
});
