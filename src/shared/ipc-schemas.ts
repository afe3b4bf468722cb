import { z } from 'zod';
import { MENU_COMMANDS } from './ipc';

// Payload schemas for the invoke channels in ./ipc.ts. Main validates every payload with these before a
// handler runs. Kept apart from ./ipc.ts so the sandboxed preload never pulls in zod.

/** app:get-info takes no payload. */
export const getAppInfoPayload = z.undefined();

/** app:open-external takes the URL; the https/mailto allowlist is applied by the handler. */
export const openExternalPayload = z.string().min(1).max(2048);

export const menuCommandSchema = z.enum(MENU_COMMANDS);
