import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, invoke, resetFakeElectron } from '../fake-electron';
import { handle } from '../../../src/main/ipc/handle';
import { closeMainLog, flushMainLog, openMainLog } from '../../../src/main/services/log/main-log';
import type { NotificationRequest } from '../../../src/shared/api';
import { IPC_INVOKE } from '../../../src/shared/ipc';

vi.mock('electron', () => import('../fake-electron'));

// A channel whose payload carries free text, so the log tests can check that text never reaches the log.
const CHANNEL = IPC_INVOKE.showNotification;
const APP_URL = 'app://tandem/index.html';
/** A valid payload for CHANNEL. */
function note(title: string): NotificationRequest {
  return { title, body: '' };
}

let fn: ReturnType<typeof vi.fn<(request: NotificationRequest) => boolean>>;

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fn = vi.fn((_request: NotificationRequest) => true);
  handle(CHANNEL, fn);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('handle', () => {
  it('runs the handler for a valid payload from the app origin and wraps the value', async () => {
    await expect(invoke(CHANNEL, APP_URL, note('x'))).resolves.toEqual({ ok: true, value: true });
    expect(fn).toHaveBeenCalledWith(note('x'), expect.anything());
  });

  it('validates with the channel’s own schema', async () => {
    // notifications:show is a strict object: an extra field is refused even though title and body fit.
    const result = await invoke(CHANNEL, APP_URL, { ...note('x'), icon: 'file:///etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^notifications:show refused: invalid payload/) });
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([[42], [''], [undefined], [{ url: 'x' }], [note('')]])(
    'rejects the bad payload %j without calling the handler',
    async (payload) => {
      const result = await invoke(CHANNEL, APP_URL, payload);
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/notifications:show refused: invalid payload/) });
      expect(fn).not.toHaveBeenCalled();
    },
  );

  it.each(['https://example.com/', 'app://evil/index.html', 'file:///index.html', 'http://localhost:5173/'])(
    'rejects a call from %s without calling the handler',
    async (senderUrl) => {
      const result = await invoke(CHANNEL, senderUrl, note('x'));
      expect(result).toEqual({ ok: false, error: 'notifications:show refused: the sender is not the Tandem app' });
      expect(fn).not.toHaveBeenCalled();
    },
  );

  it('rejects a call whose frame is gone', async () => {
    expect(await invoke(CHANNEL, null, note('x'))).toMatchObject({ ok: false });
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    expect(await invoke(CHANNEL, APP_URL, note('x'), note('y'))).toMatchObject({ ok: false });
    expect(fn).not.toHaveBeenCalled();
  });

  it('accepts the dev server only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(await invoke(CHANNEL, 'http://localhost:5173/', note('x'))).toMatchObject({ ok: false });

    app.isPackaged = false;
    expect(await invoke(CHANNEL, 'http://localhost:5173/', note('x'))).toEqual({ ok: true, value: true });
  });

  it('turns a handler error into { ok: false, error }', async () => {
    fn.mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(await invoke(CHANNEL, APP_URL, note('x'))).toEqual({ ok: false, error: 'disk full' });
  });
});

describe('handle’s log', () => {
  // A payload that stands for a record: it must never reach the log file.
  const RECORD = 'Alder & Co: renewal notes';
  let userData: string;
  let logFile: string;

  beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'tandem-userdata-'));
    logFile = openMainLog(userData);
  });
  afterEach(async () => {
    await closeMainLog();
    rmSync(userData, { recursive: true, force: true });
  });

  async function logged(): Promise<Record<string, unknown>[]> {
    await flushMainLog();
    return readFileSync(logFile, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  it('records a handler’s failure with its channel, name, message and stack, never the payload', async () => {
    fn.mockImplementation(() => {
      throw new Error('disk full');
    });
    await invoke(CHANNEL, APP_URL, note(RECORD));
    const [record, ...rest] = await logged();
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      level: 'error',
      source: 'ipc',
      channel: 'notifications:show',
      name: 'Error',
      message: 'disk full',
    });
    expect(record?.['stack']).toContain('disk full');
    expect(readFileSync(logFile, 'utf8')).not.toContain('Alder');
  });

  it('records refusals as warnings with the channel, never the payload or the schema’s echo of it', async () => {
    await invoke(CHANNEL, 'https://example.com/', note(RECORD));
    await invoke(CHANNEL, APP_URL, { ...note(RECORD), notes: RECORD });
    await invoke(CHANNEL, APP_URL, note(RECORD), note(RECORD));
    expect(await logged()).toEqual([
      expect.objectContaining({
        level: 'warning',
        channel: 'notifications:show',
        message: 'refused: the sender is not the Tandem app',
      }),
      expect.objectContaining({ level: 'warning', channel: 'notifications:show', message: 'refused: invalid payload' }),
      expect.objectContaining({ level: 'warning', channel: 'notifications:show', message: 'refused: expected one payload' }),
    ]);
    expect(readFileSync(logFile, 'utf8')).not.toMatch(/Alder|notes/);
  });

  it('writes nothing for a call that succeeds', async () => {
    await invoke(CHANNEL, APP_URL, note(RECORD));
    await invoke(CHANNEL, APP_URL, note(''));
    await flushMainLog();
    expect(readFileSync(logFile, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });
});
