// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// CommonJS because electron-builder loads hooks with require() and this package is "type": "module".
// The pure pieces are exported so test/main/packaging/fuses.test.ts can check them with a fake flipFuses.
'use strict';

const path = require('node:path');
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

// builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/**
 * The fuse settings for a platform/arch. Each one closes a way to run code the app did not ship:
 * ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect, file:// super-powers, and an app folder beside or
 * instead of the integrity-checked app.asar.
 */
function fuseConfig(electronPlatformName, arch) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature Apple Silicon requires before anything runs.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' && (arch === ARCH_ARM64 || arch === ARCH_UNIVERSAL),
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Where the Electron executable lives in the packed output, as electron-builder names it. */
function electronExecutablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      // @electron/fuses finds the framework binary inside the .app bundle itself.
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      // Linux names the binary after executableName (lower-case by default), not productFilename.
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`fuses: unsupported platform ${electronPlatformName}`);
  }
}

/** The hook itself; `flip` is injectable so tests never touch a real binary. */
async function afterPack(context, flip = require('@electron/fuses').flipFuses) {
  const executable = electronExecutablePath(context);
  await flip(executable, fuseConfig(context.electronPlatformName, context.arch));
  console.log(`  • fuses flipped on ${executable}`);
}

module.exports = { afterPack, fuseConfig, electronExecutablePath };
