import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeMainLog, flushMainLog, logError, logWarning, openMainLog } from '../../../../src/main/services/log/main-log';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'tandem-userdata-'));
});
afterEach(async () => {
  await closeMainLog();
  rmSync(userData, { recursive: true, force: true });
});

async function records(): Promise<Record<string, unknown>[]> {
  await flushMainLog();
  return readFileSync(join(userData, 'logs', 'main.log'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe('the main log', () => {
  it('lives in logs/main.log in the user-data folder', () => {
    expect(openMainLog(userData)).toBe(join(userData, 'logs', 'main.log'));
  });

  it('records an error’s name, code, message, stack and cause, one JSON line each', async () => {
    openMainLog(userData);
    const error = Object.assign(new Error('ENOSPC: no space left on device, write', { cause: new Error('quota') }), {
      code: 'ENOSPC',
    });
    logError('ipc', error, { channel: 'backups:write' });
    const [record] = await records();
    expect(record).toMatchObject({
      level: 'error',
      source: 'ipc',
      channel: 'backups:write',
      name: 'Error',
      code: 'ENOSPC',
      message: 'ENOSPC: no space left on device, write',
      cause: 'quota',
    });
    expect(record?.['stack']).toMatch(/^Error: ENOSPC[^\n]*\n\s+at /);
    expect(Date.parse(String(record?.['time']))).not.toBeNaN();
  });

  it('scrubs secrets from the message and the stack', async () => {
    openMainLog(userData);
    logError(
      'calendar-feeds',
      new Error('fetch https://ana:hunter2@calendar.example.com/private-abc/basic.ics failed: token=s3cret'),
    );
    const text = readFileSync((await flushMainLog(), join(userData, 'logs', 'main.log')), 'utf8');
    expect(text).toContain('https://calendar.example.com/…');
    for (const secret of ['hunter2', 'private-abc', 's3cret', 'ana:']) expect(text).not.toContain(secret);
  });

  it('names a thrown non-Error object by its type only, never its contents', async () => {
    openMainLog(userData);
    logError('unhandledRejection', { client: 'Alder & Co', notes: 'contract renewal' });
    const text = readFileSync((await flushMainLog(), join(userData, 'logs', 'main.log')), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ message: 'a non-Error value was thrown (object)' });
    expect(text).not.toContain('Alder');
  });

  it('records warnings, and never throws, even on an error whose fields throw', async () => {
    openMainLog(userData);
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'stack', {
      get() {
        throw new Error('no stack for you');
      },
    });
    expect(() => logError('ipc', hostile)).not.toThrow();
    logWarning('renderer', 'renderer gone: crashed (exit code 139)');
    expect(await records()).toEqual([
      expect.objectContaining({ level: 'warning', source: 'renderer', message: 'renderer gone: crashed (exit code 139)' }),
    ]);
  });

  it('drops records while closed', async () => {
    logError('ipc', new Error('before opening'));
    openMainLog(userData);
    logError('ipc', new Error('while open'));
    await closeMainLog();
    logError('ipc', new Error('after closing'));
    expect(readFileSync(join(userData, 'logs', 'main.log'), 'utf8')).toContain('while open');
    expect(readFileSync(join(userData, 'logs', 'main.log'), 'utf8')).not.toMatch(/before opening|after closing/);
  });
});
