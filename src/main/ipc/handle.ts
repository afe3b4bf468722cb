import { app, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { errorText } from '@shared/error-text';
import type { IpcResult } from '@shared/ipc';
import type { InvokeChannel, IpcRequest, IpcResponse } from '@shared/ipc-map';
import { payloadSchema } from '@shared/ipc-schemas';
import { isTrustedRendererUrl, resolveDevServerUrl } from '../security/trusted-origin';
import { logError, logWarning } from '../services/log/main-log';

// Every invoke handler is registered through `handle`, so none can skip the two checks: the call must
// come from a frame on the app's own origin, and its payload must match the channel's schema. A refused
// call never reaches the handler and answers with { ok: false, error }, which the preload rethrows.
// Refusals and failures go to the log with the channel's name, never the payload (it may hold records).
// The channel picks everything else: its schema (@shared/ipc-schemas) and, from @shared/ipc-map, the
// request the handler receives and the result it must return.

/** Why the sender may not call, or null when it may. */
function senderRefusal(event: IpcMainInvokeEvent): string | null {
  const url = event.senderFrame?.url;
  if (url === undefined) return 'the sending frame is gone';
  const devServerUrl = resolveDevServerUrl(app.isPackaged, process.env);
  return isTrustedRendererUrl(url, devServerUrl) ? null : 'the sender is not the Tandem app';
}

export function handle<C extends InvokeChannel>(
  channel: C,
  fn: (request: IpcRequest<C>, event: IpcMainInvokeEvent) => IpcResponse<C> | Promise<IpcResponse<C>>,
): void {
  const schema = payloadSchema(channel);
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<IpcResponse<C>>> => {
    const refusal = senderRefusal(event);
    if (refusal !== null) {
      logWarning('ipc', `refused: ${refusal}`, { channel });
      return { ok: false, error: `${channel} refused: ${refusal}` };
    }
    // The preload sends at most one payload argument; extra arguments mean someone else is calling.
    if (args.length > 1) {
      logWarning('ipc', 'refused: expected one payload', { channel });
      return { ok: false, error: `${channel} refused: expected one payload` };
    }
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      // The schema's explanation can quote the payload, so the log gets the bare fact.
      logWarning('ipc', 'refused: invalid payload', { channel });
      return { ok: false, error: `${channel} refused: invalid payload: ${z.prettifyError(parsed.error)}` };
    }
    try {
      return { ok: true, value: await fn(parsed.data, event) };
    } catch (error) {
      logError('ipc', error, { channel });
      return { ok: false, error: errorText(error) };
    }
  });
}
