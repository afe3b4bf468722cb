import { useSyncExternalStore } from 'react';

// Hash routing: '#/clients/42' → { screen: 'clients', params: ['42'] }. Hash URLs keep working under
// the fixed app:// origin and in a plain static server, with no history fallback needed.

export interface Location {
  screen: string;
  params: string[];
}

export const DEFAULT_SCREEN = 'today';

export function parseHash(hash: string): Location {
  const segments = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [screen, ...params] = segments;
  return { screen: screen ?? DEFAULT_SCREEN, params };
}

export function hrefTo(screen: string, ...params: string[]): string {
  return `#/${[screen, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(screen: string, ...params: string[]): void {
  window.location.hash = hrefTo(screen, ...params);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
