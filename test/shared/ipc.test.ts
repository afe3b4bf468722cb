import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, isMenuCommand, unwrapIpcResult } from '../../src/shared/ipc';
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
