// Types for scripts/fuses.cjs, so the TypeScript tests can import it. Keep in step with that file.
import type { FuseConfig, flipFuses } from '@electron/fuses';

export interface FusesPackContext {
  appOutDir: string;
  electronPlatformName: string;
  /** builder-util Arch: ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export function fuseConfig(electronPlatformName: string, arch: number): FuseConfig;
export function electronExecutablePath(context: FusesPackContext): string;
export function afterPack(context: FusesPackContext, flip?: typeof flipFuses): Promise<void>;
