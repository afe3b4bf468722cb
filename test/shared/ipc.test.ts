import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE, MENU_COMMANDS, createInvoke, isMenuCommand, unwrapIpcResult } from '../../src/shared/ipc';
import { getAppInfoPayload, menuCommandSchema } from '../../src/shared/ipc-schemas';

describe('unwrapIpcResult', () => {
  it('returns the value of an ok envelope', () => {
    expect(unwrapIpcResult({ ok: true, value: 42 })).toBe(42);
    expect(unwrapIpcResult({ ok: true, value: undefined })).toBeUndefined();
  });

  it('throws the error of a failed envelope', () => {
    expect(() => unwrapIpcResult({ ok: false, error: 'refused' })).toThrow(new Error('refused'));
  });

  it.each([undefined, null, 42, 'ok', {}, { ok: true }, { ok: false }, { ok: false, error: 1 }, { ok: 'yes', value: 1 }])(
    'refuses the malformed reply %j',
    (reply) => expect(() => unwrapIpcResult(reply)).toThrow('Malformed IPC reply'),
  );
});

describe('createInvoke', () => {
  function fakeSend(reply: unknown) {
    return vi.fn(async (_channel: string, ..._request: unknown[]): Promise<unknown> => reply);
  }

  it('sends the channel and the payload as given, and resolves to the envelope’s value', async () => {
    const send = fakeSend({ ok: true, value: new Uint8Array([1, 2]) });
    const invoke = createInvoke(send);
    await expect(invoke(IPC_INVOKE.readBackup, 'tandem-backup.json.gz')).resolves.toEqual(new Uint8Array([1, 2]));
    expect(send.mock.calls).toEqual([['backups:read', 'tandem-backup.json.gz']]);
  });

  it('sends no payload argument for a channel without one, and an explicit undefined when given', async () => {
    const send = fakeSend({ ok: true, value: [] });
    const invoke = createInvoke(send);
    await invoke(IPC_INVOKE.listBackups);
    await invoke(IPC_INVOKE.refreshCalendarFeeds, undefined);
    expect(send.mock.calls).toEqual([['backups:list'], ['calendar-feeds:refresh', undefined]]);
  });

  it('rejects with main’s refusal, and refuses a reply that is not an envelope', async () => {
    await expect(
      createInvoke(fakeSend({ ok: false, error: 'backups:read refused: invalid payload' }))(IPC_INVOKE.readBackup, '..'),
    ).rejects.toThrow(new Error('backups:read refused: invalid payload'));
    await expect(createInvoke(fakeSend(undefined))(IPC_INVOKE.listBackups)).rejects.toThrow('Malformed IPC reply');
  });
});

describe('menu commands', () => {
  it('knows the palette and one command per screen', () => {
    expect(MENU_COMMANDS).toEqual([
      'palette',
      'go:today',
      'go:planner',
      'go:tasks',
      'go:time',
      'go:clients',
      'go:projects',
      'go:budgets',
      'go:switching',
      'go:updates',
      'go:invoices',
      'go:reports',
      'go:health-check',
      'go:backups',
      'go:settings',
    ]);
  });

  it('recognises only those ids', () => {
    expect(isMenuCommand('go:today')).toBe(true);
    for (const value of ['go:nowhere', 'PALETTE', '', 1, null, undefined]) expect(isMenuCommand(value)).toBe(false);
    expect(menuCommandSchema.safeParse('go:budgets').success).toBe(true);
    expect(menuCommandSchema.safeParse('go:nowhere').success).toBe(false);
  });
});

describe('payload schemas', () => {
  it('getAppInfo takes nothing', () => {
    expect(getAppInfoPayload.safeParse(undefined).success).toBe(true);
    expect(getAppInfoPayload.safeParse({}).success).toBe(false);
  });
});
