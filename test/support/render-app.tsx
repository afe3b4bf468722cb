import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType, ReactElement } from 'react';
import { expect, vi } from 'vitest';
import { Toaster } from '../../src/renderer/src/components/ui/toaster';
import { db } from '../../src/renderer/src/db/db';
import { useProjectFilters } from '../../src/renderer/src/features/projects/use-project-filters';
import { useTaskFilter } from '../../src/renderer/src/features/tasks/use-task-filter';
import { useLocation } from '../../src/renderer/src/platform/router';
import { usePeopleStore } from '../../src/renderer/src/stores/people-store';
import { useToastStore } from '../../src/renderer/src/stores/toast-store';

// The one harness of the component tests: an empty app database and stores, the UI rendered as the
// app shell mounts it (the Toaster beside it, the route from the hash), a user-event instance, and the
// clock helpers. Every run starts at the test clock (test/support/test-clock.ts, installed by
// test/setup/components.ts); a test whose expectations name a day freezes Date there itself.
// A feature's folder keeps only its seed data and its fakes of the platform.

export { pinMoment, pinZone } from './vitest-clock';

export type User = ReturnType<typeof userEvent.setup>;

export interface ResetOptions {
  /** Date stands still at this moment (timers and user events stay real): see freezeDate. */
  frozenAt?: Date;
  /**
   * jsdom lays nothing out. `true`: charts get a ResizeObserver that never fires. A box: every
   * element also reports that size, so a virtualised table renders its rows. Undone by restoreDoubles.
   */
  layout?: true | { width: number; height: number };
}

/**
 * An empty app database, no toasts, the task and project filters and Mine / Everyone at their defaults and no route.
 * Call it first (in beforeEach), then seed, then render.
 */
export async function resetApp({ frozenAt, layout }: ResetOptions = {}): Promise<void> {
  if (frozenAt) freezeDate(frozenAt);
  if (layout) stubLayout(layout === true ? undefined : layout);
  await db.delete();
  await db.open();
  useToastStore.setState({ toasts: [] });
  useTaskFilter.setState({ filter: 'open' });
  useProjectFilters.getState().reset();
  usePeopleStore.setState({ everyone: false });
  window.location.hash = '';
}

/**
 * Date stands still at `at` (a local wall-clock moment of the run's zone when built as
 * `new Date(2026, 2, 18, 10, 0)`); timers and user events run normally. The setup's afterEach
 * restores real timers.
 */
export function freezeDate(at: Date): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

function stubLayout(box?: { width: number; height: number }): void {
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
  if (!box) return;
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(box.height);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(box.width);
}

/** For afterEach: real timers, no stubbed globals, no spies (what resetApp's options and a test's spies set up). */
export function restoreDoubles(): void {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
}

export interface RenderOptions {
  /** The route to start on ('#/clients/42'), set before the first render. */
  hash?: string;
  /** The Toaster beside the UI, as the app shell has it (Undo lives in the toasts). Default: true. */
  toaster?: boolean;
}

/** Renders `ui` with a user-event instance; by default with the Toaster beside it. */
export function renderApp(ui: ReactElement, { hash, toaster = true }: RenderOptions = {}) {
  if (hash !== undefined) window.location.hash = hash;
  const user = userEvent.setup();
  const view = render(
    toaster ? (
      <>
        {ui}
        <Toaster />
      </>
    ) : (
      ui
    ),
  );
  return { user, ...view };
}

type Screen = ComponentType<{ params: string[] }>;

function Routed({ screen: Shown }: { screen: Screen }) {
  const location = useLocation();
  return <Shown params={location.params} />;
}

/** A screen as the app's router mounts it at `hash`: its params follow the route, so links and navigate() move it. */
export function renderScreen(shown: Screen, hash: string, options: Omit<RenderOptions, 'hash'> = {}) {
  return renderApp(<Routed screen={shown} />, { ...options, hash });
}

/** Waits until `[data-screen="name"]` says it has read its data. */
export async function screenReady(name: string): Promise<void> {
  await waitFor(() => expect(document.querySelector(`[data-screen="${name}"]`)).toHaveAttribute('data-ready', 'true'));
}

/** renderScreen, then waits until the screen `name` is ready. */
export async function openScreen(shown: Screen, hash: string, name: string, options: Omit<RenderOptions, 'hash'> = {}) {
  const view = renderScreen(shown, hash, options);
  await screenReady(name);
  return view;
}

/** The newest toast (searched in the toaster alone: a screen may keep status regions of its own). */
export function latestToast(): HTMLElement {
  const toasts = within(screen.getByRole('region', { name: 'Notifications' })).getAllByRole('status');
  const last = toasts[toasts.length - 1];
  if (!last) throw new Error('No toast');
  return last;
}
