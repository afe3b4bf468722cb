import { useId, useMemo, useState } from 'react';
import { Dialog } from '../components/ui/dialog';
import { useCommandStore, type Command } from '../stores/command-store';
import { navigate } from '../platform/router';
import { screenRoutes } from './routes';

export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const haystack = `${command.group} ${command.title}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Ctrl/Cmd+K: jump to any screen or run a registered action, from the keyboard. */
export function CommandPalette() {
  const setOpen = useCommandStore((state) => state.setPaletteOpen);
  const registered = useCommandStore((state) => state.commands);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();

  const all = useMemo<Command[]>(
    () => [
      ...screenRoutes.map((route) => ({
        id: `go:${route.id}`,
        title: `Go to ${route.label}`,
        group: 'Navigate',
        hint: route.shortcutKey ? `Ctrl+${route.shortcutKey}` : undefined,
        run: () => navigate(route.id),
      })),
      ...Object.values(registered),
    ],
    [registered],
  );
  const matches = filterCommands(all, query);
  const active = matches[Math.min(activeIndex, matches.length - 1)];

  function run(command: Command | undefined) {
    if (!command) return;
    setOpen(false);
    command.run();
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(active);
    }
  }

  return (
    <Dialog title="Command palette" onClose={() => setOpen(false)} size="md">
      <input
        className="input palette-input"
        role="combobox"
        aria-label="Type a command or screen"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={active ? `${listId}-${active.id}` : undefined}
        placeholder="Type a command or screen…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {matches.length === 0 ? <li className="palette-empty muted">No command matches “{query}”.</li> : null}
        {matches.map((command) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={command === active}
            className={command === active ? 'palette-option is-active' : 'palette-option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(command)}
          >
            <span className="palette-group">{command.group}</span>
            <span className="palette-title">{command.title}</span>
            {command.hint ? <kbd>{command.hint}</kbd> : null}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
