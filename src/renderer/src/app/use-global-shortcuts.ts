import { useEffect } from 'react';
import { platform } from '../platform/platform';
import { useCommandStore } from '../stores/command-store';
import { navigate } from '../platform/router';
import { screenRoutes } from './routes';

function runAppCommand(command: string): void {
  if (command === 'palette') {
    useCommandStore.getState().setPaletteOpen(true);
    return;
  }
  const route = screenRoutes.find((candidate) => `go:${candidate.id}` === command);
  if (route) navigate(route.id);
}

/**
 * Ctrl/Cmd+K opens the palette, Ctrl/Cmd+shortcutKey jumps to a screen. In the desktop app the menu owns these
 * accelerators and sends the same command ids, so both paths end in runAppCommand.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        runAppCommand('palette');
        return;
      }
      const route = screenRoutes.find((candidate) => candidate.shortcutKey === key);
      if (route) {
        event.preventDefault();
        runAppCommand(`go:${route.id}`);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribeMenu = platform.onMenuCommand(runAppCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribeMenu();
    };
  }, []);
}
