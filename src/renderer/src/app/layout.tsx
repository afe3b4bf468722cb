import { Suspense, type ReactNode } from 'react';
import { SearchIcon } from '../components/ui/icons';
import { Toaster } from '../components/ui/toaster';
import { useCommandStore } from '../stores/command-store';
import { hrefTo, useLocation } from '../platform/router';
import { CommandPalette } from './command-palette';
import { ErrorBoundary } from './error-boundary';
import { findRoute, screenRoutes } from './routes';

export interface LayoutProps {
  /** Header slot for the running timer. */
  headerEnd?: ReactNode;
}

export function Layout({ headerEnd }: LayoutProps) {
  const location = useLocation();
  const route = findRoute(location.screen) ?? screenRoutes[0];
  const paletteOpen = useCommandStore((state) => state.paletteOpen);
  const setPaletteOpen = useCommandStore((state) => state.setPaletteOpen);
  if (!route) throw new Error('No screens are registered');
  const ScreenComponent = route.component;

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Screens">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          Tandem
        </div>
        <ul className="nav-list">
          {screenRoutes.map((item) => (
            <li key={item.id}>
              <a className="nav-link" href={hrefTo(item.id)} aria-current={item.id === route.id ? 'page' : undefined}>
                {item.icon}
                <span>{item.label}</span>
                {item.shortcutKey ? <kbd className="nav-kbd">{item.shortcutKey}</kbd> : null}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <header className="app-header">
        <button type="button" className="palette-trigger" onClick={() => setPaletteOpen(true)}>
          <SearchIcon />
          <span>Search or run a command</span>
          <kbd>Ctrl K</kbd>
        </button>
        <div className="header-end">{headerEnd}</div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.screen}>
          <Suspense fallback={<p className="loading muted">Loading…</p>}>
            <ScreenComponent params={location.params} />
          </Suspense>
        </ErrorBoundary>
      </main>
      {paletteOpen ? <CommandPalette /> : null}
      <Toaster />
    </div>
  );
}
