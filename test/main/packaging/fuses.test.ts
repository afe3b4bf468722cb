import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterPack, electronExecutablePath, fuseConfig } from '../../../scripts/fuses.cjs';
import type { FusesPackContext } from '../../../scripts/fuses.cjs';

// scripts/fuses.cjs is the electron-builder afterPack hook; it lives outside src/ but guards the
// packaged main process, so its test sits with the main-process tests.

const ARCH = { x64: 1, arm64: 3 } as const;
const OUT = join('/build', 'dist', 'unpacked');

function context(electronPlatformName: string, arch: number = ARCH.x64): FusesPackContext {
  return {
    appOutDir: OUT,
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Tandem' }, executableName: 'tandem' },
  };
}

describe('fuseConfig', () => {
  it('turns off every way to run foreign code and turns on cookie encryption and asar integrity', () => {
    expect(fuseConfig('linux', ARCH.x64)).toEqual({
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('re-signs ad hoc only for Apple Silicon builds', () => {
    expect(fuseConfig('darwin', ARCH.arm64).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', ARCH.x64).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', ARCH.arm64).resetAdHocDarwinSignature).toBe(false);
  });
});

describe('electronExecutablePath', () => {
  it.each([
    ['linux', join(OUT, 'tandem')],
    ['win32', join(OUT, 'Tandem.exe')],
    ['darwin', join(OUT, 'Tandem.app')],
    ['mas', join(OUT, 'Tandem.app')],
  ])('finds the %s executable', (platform, expected) => {
    expect(electronExecutablePath(context(platform))).toBe(expected);
  });

  it('refuses a platform it does not know', () => {
    expect(() => electronExecutablePath(context('aix'))).toThrow(/unsupported platform aix/);
  });
});

describe('afterPack', () => {
  it('flips the configured fuses on the packed executable', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const flip = vi.fn(async () => 1);
    await afterPack(context('win32'), flip);
    expect(flip).toHaveBeenCalledTimes(1);
    expect(flip).toHaveBeenCalledWith(join(OUT, 'Tandem.exe'), fuseConfig('win32', ARCH.x64));
  });

  it('fails the build when flipping fails', async () => {
    const flip = vi.fn(async () => {
      throw new Error('Could not find sentinel');
    });
    await expect(afterPack(context('linux'), flip)).rejects.toThrow(/sentinel/);
  });
});

describe('afterPack with the real @electron/fuses', () => {
  it('rewrites the fuse wire of a (fake) linux binary', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const dir = mkdtempSync(join(tmpdir(), 'tandem-fuses-'));
    try {
      // Sentinel, wire version 1, wire length 8, then Electron's defaults ('1' enabled, '0' disabled).
      const wire = Buffer.from('10110001', 'latin1');
      const binary = Buffer.concat([
        Buffer.alloc(64, 7),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'latin1'),
        Buffer.from([1, 8]),
        wire,
      ]);
      writeFileSync(join(dir, 'tandem'), binary);

      await afterPack({ ...context('linux'), appOutDir: dir });

      const ENABLE = 49;
      const DISABLE = 48;
      expect(await getCurrentFuseWire(join(dir, 'tandem'))).toMatchObject({
        [FuseV1Options.RunAsNode]: DISABLE,
        [FuseV1Options.EnableCookieEncryption]: ENABLE,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: DISABLE,
        [FuseV1Options.EnableNodeCliInspectArguments]: DISABLE,
        [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ENABLE,
        [FuseV1Options.OnlyLoadAppFromAsar]: ENABLE,
        [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: DISABLE,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: DISABLE,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
