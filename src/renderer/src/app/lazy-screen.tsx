import { createElement, lazy, type ComponentType } from 'react';

type ScreenComponent = ComponentType<{ params: string[] }>;

export interface LazyScreen {
  (props: { params: string[] }): ReturnType<typeof createElement>;
  /** Starts loading the screen's chunk; later renders then need no Suspense at all. */
  preload: () => Promise<ScreenComponent>;
}

/**
 * A code-split screen that renders directly once its chunk is loaded. React keeps a Suspense fallback
 * up for at least ~300 ms once shown, so a screen that suspends on every first visit feels slow even
 * when its chunk is cached; preloading after the first paint avoids that.
 */
export function lazyScreen(load: () => Promise<ScreenComponent>): LazyScreen {
  let loaded: ScreenComponent | undefined;
  let pending: Promise<ScreenComponent> | undefined;
  const preload = () => {
    pending ??= load().then((component) => (loaded = component));
    return pending;
  };
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Screen(props: { params: string[] }) {
    return createElement(loaded ?? Suspending, props);
  }
  return Object.assign(Screen, { preload });
}
