import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

// A stand-in for the `electron` module: the binary is not available here, and main-process code is
// thin enough that recording calls is the useful check. Tests install it with
//   vi.mock('electron', () => import('../fake-electron'));
// and import the same instances from this file to drive and inspect them. Call resetFakeElectron()
// in beforeEach.

type Listener = (...args: unknown[]) => unknown;

/** Emits like Electron: listeners receive (event, ...args); `event.preventDefault()` is recorded. */
export class FakeEmitter extends EventEmitter {
  /** Emits `name` with a fresh event object; returns it so tests can see whether it was prevented. */
  fire(name: string, eventFields: Record<string, unknown> = {}, ...args: unknown[]): { defaultPrevented: boolean } {
    const event = {
      ...eventFields,
      defaultPrevented: false,
      preventDefault(): void {
        event.defaultPrevented = true;
      },
    };
    this.emit(name, event, ...args);
    return event;
  }
}

export interface WindowOpenDetails {
  url: string;
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'allow' | 'deny' }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  readonly reload = vi.fn<() => void>();
  /** Resolves with a small PDF-looking buffer; tests may replace the implementation. */
  readonly printToPDF = vi.fn(async (_options: unknown): Promise<Buffer> => Buffer.from('%PDF-1.7 fake\n'));
}

export class BrowserWindow extends FakeEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances;
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.instances[0] ?? null;
  }

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  normalBounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };

  readonly loadURL = vi.fn(async (_url: string): Promise<void> => undefined);
  readonly show = vi.fn<() => void>();
  readonly focus = vi.fn<() => void>();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    BrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): Rectangle {
    return this.normalBounds;
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, listener: Listener) => {
    ipcMain.handlers.set(channel, listener);
  }),
};

/** Calls the handler registered for `channel` as Electron would for a frame at `senderUrl`. */
export async function invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
  return listener(event, ...args);
}

class FakeApp extends FakeEmitter {
  isPackaged = true;
  singleInstanceLock = true;
  readyPromise: Promise<void> = Promise.resolve();
  readonly quit = vi.fn<() => void>();
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  readonly whenReady = vi.fn(() => this.readyPromise);
  ready = true;
  isReady(): boolean {
    return this.ready;
  }
  getName(): string {
    return 'Tandem';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getAppPath(): string {
    return '/opt/tandem/resources/app.asar';
  }
  getPath(_name: string): string {
    return '/home/user/.config/Tandem';
  }
}

export const app = new FakeApp();

export const shell = { openExternal: vi.fn(async (_url: string): Promise<void> => undefined) };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
  handle: vi.fn<(scheme: string, handler: unknown) => void>(),
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays: vi.fn(() => screen.displays),
};

export const dialog = {
  showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
};

/** Records every notification made; tests read `Notification.instances` and fire 'click'. */
export class Notification extends FakeEmitter {
  static instances: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  readonly show = vi.fn<() => void>();
  constructor(readonly options: { title: string; body: string }) {
    super();
    Notification.instances.push(this);
  }
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn<(menu: unknown) => void>(),
};

export class FakeSession {
  requestHandler: Listener | null = null;
  checkHandler: Listener | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: Listener) => {
    this.requestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: Listener) => {
    this.checkHandler = handler;
  });
}

/** A session of its own (calendar feeds): records its request guard; fetch answers nothing unless a test says. */
export class FakePartitionSession extends FakeSession {
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: vi.fn((listener: NonNullable<FakePartitionSession['beforeRequest']>) => {
      this.beforeRequest = listener;
    }),
  };
  readonly fetch = vi.fn(async (_url: string, _init?: unknown): Promise<Response> => new Response(null, { status: 503 }));
  constructor(readonly partition: string) {
    super();
  }
}

export const session = {
  defaultSession: new FakeSession(),
  partitions: new Map<string, FakePartitionSession>(),
  fromPartition: vi.fn((partition: string, _options?: unknown): FakePartitionSession => {
    const existing = session.partitions.get(partition);
    if (existing) return existing;
    const created = new FakePartitionSession(partition);
    session.partitions.set(partition, created);
    return created;
  }),
};

/** A stand-in keychain: 'encrypts' by reversing and tagging, so a test can see the plain text is never written. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  encryptString: vi.fn((plainText: string): Buffer => Buffer.from(`sealed:${[...plainText].reverse().join('')}`)),
  decryptString: vi.fn((encrypted: Buffer): string => [...encrypted.toString().replace(/^sealed:/, '')].reverse().join('')),
};

/** Offline unless a test says otherwise, so starting the app never fetches anything. */
export const net = { online: false, isOnline: vi.fn(() => net.online) };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

class FakeIpcRenderer extends FakeEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}

export const ipcRenderer = new FakeIpcRenderer();

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  Notification.instances = [];
  Notification.supported = true;
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  app.removeAllListeners();
  app.isPackaged = true;
  app.singleInstanceLock = true;
  app.readyPromise = Promise.resolve();
  app.ready = true;
  session.defaultSession = new FakeSession();
  session.partitions.clear();
  net.online = false;
  safeStorage.available = true;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
}

/**
 * Hands a fake to code typed against Electron's classes. The fakes implement only what main uses,
 * so the one unchecked conversion lives here rather than in every test.
 */
export function asElectron<T>(fake: object): T {
  return fake as T;
}
