import { describe, expect, it } from 'vitest';
import EventEmitter from '../../../../src/renderer/src/db/sync/events-shim';

describe('events shim (pouchdb-browser’s EventEmitter in the renderer bundle)', () => {
  it('runs listeners in order, once only once, and removes a once listener by the function given', () => {
    const emitter = new EventEmitter();
    const calls: string[] = [];
    const second = (value: unknown) => calls.push(`second ${String(value)}`);
    emitter.on('change', (value) => calls.push(`first ${String(value)}`));
    emitter.once('change', second);
    expect(emitter.listenerCount('change')).toBe(2);
    expect(emitter.listeners('change')[1]).toBe(second);
    expect(emitter.emit('change', 1)).toBe(true);
    expect(emitter.emit('change', 2)).toBe(true);
    expect(calls).toEqual(['first 1', 'second 1', 'first 2']);
    emitter.once('done', second);
    emitter.removeListener('done', second);
    expect(emitter.emit('done', 3)).toBe(false);
    emitter.removeAllListeners();
    expect(EventEmitter.listenerCount(emitter, 'change')).toBe(0);
  });

  it('throws an error event nobody listens to, as Node does', () => {
    const problem = new Error('refused');
    expect(() => new EventEmitter().emit('error', problem)).toThrow(problem);
  });

  it('has enumerable methods that work bound to another emitter (PouchDB copies them onto its constructor)', () => {
    const shared = new EventEmitter();
    const constructorLike: Record<string, (...args: never[]) => unknown> = {};
    for (const key of Object.keys(EventEmitter.prototype)) {
      constructorLike[key] = (EventEmitter.prototype as unknown as Record<string, (...args: unknown[]) => unknown>)[key]!.bind(
        shared,
      );
    }
    expect(Object.keys(constructorLike).sort()).toEqual([
      'addListener',
      'emit',
      'listenerCount',
      'listeners',
      'off',
      'on',
      'once',
      'removeAllListeners',
      'removeListener',
      'setMaxListeners',
    ]);
    let heard = 0;
    (constructorLike.on as (type: string, listener: () => void) => unknown)('destroyed', () => (heard += 1));
    shared.emit('destroyed');
    expect(heard).toBe(1);
  });
});
