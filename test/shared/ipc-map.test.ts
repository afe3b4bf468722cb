import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { handle } from '../../src/main/ipc/handle';
import type { AppInfo, BackupSummary, TandemApi } from '../../src/shared/api';
import type { CalendarFeedSummary } from '../../src/shared/calendar-feeds';
import { IPC_INVOKE } from '../../src/shared/ipc';
import type { Invoke } from '../../src/shared/ipc';
import type { InvokeChannel, IpcRequest, IpcRequestArgs } from '../../src/shared/ipc-map';
import { IPC_SCHEMAS, payloadSchema } from '../../src/shared/ipc-schemas';
import type { IpcSchemas } from '../../src/shared/ipc-schemas';

// The IPC map (src/shared/ipc-map.ts) is a type, so most of this file is checked by tsc, not run:
// `npm run typecheck` covers test/shared through tsconfig.node.json. Each `@ts-expect-error` line is a
// mistake the map must turn into a compile error; if the map stopped catching it, the directive would
// be unused and tsc would fail. The functions holding them are never called.

describe('the IPC map', () => {
  it('names every channel in IPC_INVOKE, and only those', () => {
    expectTypeOf<(typeof IPC_INVOKE)[keyof typeof IPC_INVOKE]>().toEqualTypeOf<InvokeChannel>();
    expect(Object.keys(IPC_SCHEMAS).sort()).toEqual(Object.values(IPC_INVOKE).sort());
  });

  it('has a schema per channel that agrees with the map both ways', () => {
    type Requests = { [C in InvokeChannel]: IpcRequest<C> };
    type SchemaInputs = { [C in InvokeChannel]: z.input<(typeof IPC_SCHEMAS)[C]> };
    type SchemaOutputs = { [C in InvokeChannel]: z.output<(typeof IPC_SCHEMAS)[C]> };
    // What a schema lets through is what the handler is typed to receive (also checked by `satisfies`)…
    expectTypeOf<SchemaOutputs>().toExtend<Requests>();
    // …and everything the renderer may send type-checks as that schema's input.
    expectTypeOf<Requests>().toExtend<SchemaInputs>();
    for (const channel of Object.values(IPC_INVOKE)) expect(payloadSchema(channel)).toBe(IPC_SCHEMAS[channel]);
  });

  it('refuses, at compile time, a schema that disagrees with the map or a missing one', () => {
    function neverCalled(): void {
      // @ts-expect-error backups:read's request is a string, so a schema that yields a number does not fit
      void ({ ...IPC_SCHEMAS, [IPC_INVOKE.readBackup]: z.number() } satisfies IpcSchemas);
      const { [IPC_INVOKE.readBackup]: _readBackup, ...withoutReadBackup } = IPC_SCHEMAS;
      // @ts-expect-error every channel needs a schema
      void (withoutReadBackup satisfies IpcSchemas);
    }
    expectTypeOf(neverCalled).toBeFunction();
  });

  it('types main’s handlers by the channel: the request they get and the result they must return', () => {
    function neverCalled(register: typeof handle): void {
      register(IPC_INVOKE.readBackup, async (id) => {
        expectTypeOf(id).toEqualTypeOf<string>();
        return new Uint8Array();
      });
      register(IPC_INVOKE.removeCalendarFeed, async () => undefined);
      // @ts-expect-error backups:read answers with the backup's bytes, not text
      register(IPC_INVOKE.readBackup, async () => 'not bytes');
      // @ts-expect-error backups:list answers with summaries: a handler cannot forget to return them
      register(IPC_INVOKE.listBackups, async () => undefined);
      // @ts-expect-error backups:read's request is a string, so a handler cannot expect a number
      register(IPC_INVOKE.readBackup, async (size: number) => new Uint8Array(size));
      // @ts-expect-error a channel the map does not have
      register('backups:delete', async () => undefined);
    }
    expectTypeOf(neverCalled).toBeFunction();
  });

  it('types the preload’s invoke by the channel: what it sends and what it resolves to', () => {
    expectTypeOf<IpcRequestArgs<'app:get-info'>>().toEqualTypeOf<[]>();
    expectTypeOf<IpcRequestArgs<'backups:read'>>().toEqualTypeOf<[request: string]>();
    expectTypeOf<IpcRequestArgs<'calendar-feeds:refresh'>>().toEqualTypeOf<[request?: string | undefined]>();

    function neverCalled(invoke: Invoke): void {
      expectTypeOf(invoke(IPC_INVOKE.getAppInfo)).toEqualTypeOf<Promise<AppInfo>>();
      expectTypeOf(invoke(IPC_INVOKE.listBackups)).toEqualTypeOf<Promise<BackupSummary[]>>();
      expectTypeOf(invoke(IPC_INVOKE.readBackup, 'tandem-backup.json.gz')).toEqualTypeOf<Promise<Uint8Array>>();
      expectTypeOf(invoke(IPC_INVOKE.refreshCalendarFeeds)).toEqualTypeOf<Promise<CalendarFeedSummary[]>>();
      void invoke(IPC_INVOKE.refreshCalendarFeeds, 'a feed id');
      // @ts-expect-error backups:read needs the backup's id
      void invoke(IPC_INVOKE.readBackup);
      // @ts-expect-error the backup's id is a string
      void invoke(IPC_INVOKE.readBackup, 42);
      // @ts-expect-error app:get-info takes no payload
      void invoke(IPC_INVOKE.getAppInfo, {});
      // @ts-expect-error a backup needs its reason
      void invoke(IPC_INVOKE.writeBackup, { bytes: new Uint8Array() });
      // @ts-expect-error backups:list resolves to summaries, not bytes
      const bytes: Promise<Uint8Array> = invoke(IPC_INVOKE.listBackups);
      void bytes;
      // @ts-expect-error a channel the map does not have
      void invoke('backups:delete');
    }
    expectTypeOf(neverCalled).toBeFunction();
  });

  it('makes a preload function wired to the wrong channel a type error against TandemApi', () => {
    function neverCalled(invoke: Invoke): void {
      const wired: Pick<TandemApi, 'readBackup' | 'listBackups'> = {
        readBackup: (id) => invoke(IPC_INVOKE.readBackup, id),
        listBackups: () => invoke(IPC_INVOKE.listBackups),
      };
      const miswired: Pick<TandemApi, 'readBackup'> = {
        // @ts-expect-error readBackup resolves to bytes; backups:list answers with summaries
        readBackup: () => invoke(IPC_INVOKE.listBackups),
      };
      void [wired, miswired];
    }
    expectTypeOf(neverCalled).toBeFunction();
  });
});
