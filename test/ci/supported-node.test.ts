import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

// .ci/supported-node.cjs decides, before `npm ci`, whether CI may use the machine's Node or must bring
// Node 24. It must agree with package.json's `engines`, which npm and contributors read.

const script = join(import.meta.dirname, '../../.ci/supported-node.cjs');
const engines = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const accepts = (version: string) => spawnSync(process.execPath, [script, version]).status === 0;

describe('the Node versions CI accepts', () => {
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.22.1', false],
    ['22.22.2', true],
    ['22.23.0', true],
    ['24.14.9', false],
    ['24.15.0', true],
    ['24.21.0', true],
    ['26.10.0', true],
  ])('Node %s: %s, as package.json engines say', (version, expected) => {
    expect(accepts(version)).toBe(expected);
    expect(semver.satisfies(version, engines)).toBe(expected);
  });

  it('brings Node 24 where the machine has an older one, and keeps a supported one', () => {
    // A Node 20 first on PATH: it answers as Node 20 to the version check and is the real Node for
    // anything else (npm, when it installs Node 24 into .ci/node-runtime).
    const bin = mkdtempSync(join(tmpdir(), 'tandem-node20-'));
    try {
      const real = process.execPath;
      writeFileSync(
        join(bin, 'node'),
        `#!/bin/sh\ncase "$1" in --version) echo v20.20.2; exit 0;; *supported-node.cjs) exit 1;; esac\nexec "${real}" "$@"\n`,
      );
      chmodSync(join(bin, 'node'), 0o755);
      const withFakeNode = `${bin}:${process.env.PATH ?? ''}`;
      const chooses = (path: string) =>
        execFileSync('bash', ['-c', 'source .ci/node-runtime.sh >/dev/null && command -v node'], {
          cwd: join(import.meta.dirname, '../..'),
          env: { ...process.env, PATH: path },
          encoding: 'utf8',
        }).trim();
      expect(chooses(withFakeNode)).toMatch(/\.ci\/node-runtime\/node_modules\/node\/bin\/node$/);
      expect(chooses(`${join(real, '..')}:${process.env.PATH ?? ''}`)).toBe(real);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
