import { useEffect } from 'react';
import { create } from 'zustand';

/** An action offered in the command palette (Ctrl/Cmd+K). Features register theirs while mounted. */
export interface Command {
  id: string;
  title: string;
  group: string;
  run: () => void;
  /** Shown beside the title, e.g. 'Ctrl+N'. */
  hint?: string;
}

interface CommandState {
  commands: Record<string, Command>;
  paletteOpen: boolean;
  register: (commands: Command[]) => () => void;
  setPaletteOpen: (open: boolean) => void;
}

export const useCommandStore = create<CommandState>()((set, get) => ({
  commands: {},
  paletteOpen: false,
  register: (commands) => {
    set({ commands: { ...get().commands, ...Object.fromEntries(commands.map((command) => [command.id, command])) } });
    return () => {
      const remaining = { ...get().commands };
      for (const command of commands) delete remaining[command.id];
      set({ commands: remaining });
    };
  },
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
}));

/** Registers commands for as long as the calling component is mounted. Pass a stable (memoised) list. */
export function useRegisterCommands(commands: Command[]): void {
  const register = useCommandStore((state) => state.register);
  useEffect(() => register(commands), [register, commands]);
}
