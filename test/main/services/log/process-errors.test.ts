import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { app, asElectron, resetFakeElectron } from '../../fake-electron';
import { closeMainLog, flushMainLog, openMainLog } from '../../../../src/main/services/log/main-log';
import { logProcessErrors } from '../../../../src/main/services/log/process-errors';

vi.mock('electron', () => import('../../fake-electron'));

let userData: string;
let fakeProcess: EventEmitter;
beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(join(tmpdir(), 'tandem-userdata-'));
  openMainLog(userData);
  // A stand-in for `process`, so the test fires the events without touching the runner's own.
  fakeProcess = new EventEmitter();
  logProcessErrors(asElectron<NodeJS.Process>(fakeProcess), asElectron<App>(app));
});
afterEach(async () => {
  await closeMainLog();
  rmSync(userData, { recursive: true, force: true });
});

async function logged(): Promise<Record<string, unknown>[]> {
  await flushMainLog();
  const text = readFileSync(join(userData, 'logs', 'main.log'), 'utf8');
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('logProcessErrors', () => {
  it('records an uncaught exception through the monitor, leaving Electron’s own handling as it was', async () => {
    fakeProcess.emit('uncaughtExceptionMonitor', new TypeError('x is not a function'), 'uncaughtException');
    expect(fakeProcess.listenerCount('uncaughtException')).toBe(0);
    expect(await logged()).toEqual([
      expect.objectContaining({ source: 'uncaughtException', name: 'TypeError', message: 'x is not a function' }),
    ]);
  });

  it('records an unhandled rejection', async () => {
    fakeProcess.emit('unhandledRejection', new Error('write failed'), Promise.resolve());
    expect(await logged()).toEqual([expect.objectContaining({ source: 'unhandledRejection', message: 'write failed' })]);
  });

  it('records a renderer or helper that died, but not one that exited cleanly', async () => {
    app.fire('render-process-gone', {}, {}, { reason: 'clean-exit', exitCode: 0 });
    app.fire('render-process-gone', {}, {}, { reason: 'oom', exitCode: 9 });
    app.fire('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 139 });
    expect((await logged()).map((record) => record['message'])).toEqual([
      'renderer gone: oom (exit code 9)',
      'GPU process gone: crashed (exit code 139)',
    ]);
  });

  it('watches a process once however often the app starts', () => {
    logProcessErrors(asElectron<NodeJS.Process>(fakeProcess), asElectron<App>(app));
    expect(fakeProcess.listenerCount('uncaughtExceptionMonitor')).toBe(1);
    expect(fakeProcess.listenerCount('unhandledRejection')).toBe(1);
  });
});
