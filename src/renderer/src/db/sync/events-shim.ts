// Node's EventEmitter for PouchDB in the renderer bundle: pouchdb-browser imports 'events' and leaves
// the bundler to supply it, and Vite replaces Node built-ins with an empty module (the build warns
// "Module "events" has been externalized"), on which `class Changes extends EE` fails as the chunk
// loads. Both Vite configs alias 'events' here. It carries the part of the API PouchDB calls (on,
// once, emit, removeListener, removeAllListeners, listeners, listenerCount, setMaxListeners), with
// Node's rules: listeners run in order, an 'error' without a listener throws. Its methods are made
// enumerable because PouchDB copies `Object.keys(EE.prototype)` onto its constructor.
type Listener = ((...args: unknown[]) => void) & { listener?: (...args: unknown[]) => void };

// Kept beside the emitter, not in it: PouchDB also calls these methods with other objects as `this`
// (its constructors, which inherit them), so no field can be assumed to exist.
const registry = new WeakMap<object, Map<string | symbol, Listener[]>>();
function listenersOf(emitter: object): Map<string | symbol, Listener[]> {
  let byType = registry.get(emitter);
  if (!byType) {
    byType = new Map();
    registry.set(emitter, byType);
  }
  return byType;
}

export default class EventEmitter {
  static listenerCount(emitter: EventEmitter, type: string | symbol): number {
    return emitter.listenerCount(type);
  }

  on(type: string | symbol, listener: Listener): this {
    listenersOf(this).set(type, [...(listenersOf(this).get(type) ?? []), listener]);
    return this;
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.on(type, listener);
  }

  once(type: string | symbol, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.removeListener(type, wrapper);
      listener.apply(this, args);
    };
    wrapper.listener = listener;
    return this.on(type, wrapper);
  }

  removeListener(type: string | symbol, listener: Listener): this {
    const list = listenersOf(this).get(type);
    if (!list) return this;
    const at = list.findIndex((entry) => entry === listener || entry.listener === listener);
    if (at < 0) return this;
    const rest = [...list.slice(0, at), ...list.slice(at + 1)];
    if (rest.length === 0) listenersOf(this).delete(type);
    else listenersOf(this).set(type, rest);
    return this;
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) listenersOf(this).clear();
    else listenersOf(this).delete(type);
    return this;
  }

  listeners(type: string | symbol): Listener[] {
    return (listenersOf(this).get(type) ?? []).map((entry) => entry.listener ?? entry);
  }

  listenerCount(type: string | symbol): number {
    return listenersOf(this).get(type)?.length ?? 0;
  }

  setMaxListeners(): this {
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = listenersOf(this).get(type);
    if (!list || list.length === 0) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled 'error' event: ${String(args[0])}`);
      return false;
    }
    // A copy: a listener that removes itself (once) must not make the next one skipped.
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }
}

for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  if (key !== 'constructor') Object.defineProperty(EventEmitter.prototype, key, { enumerable: true });
}
