import { useMemo, useState, type ReactNode } from 'react';
import type { Command } from '../../stores/command-store';
import { Button } from '../ui/button';
import { PlusIcon } from '../ui/icons';

export interface NewBlock {
  /** pass to DayGrid's newBlockRequest */
  request: number;
  /** the screen's New block button */
  button: ReactNode;
  /** the same action for the command palette */
  command: Command;
}

/** New block from the screen header or the palette: the grid opens the dialog at its focused slot. */
export function useNewBlock(group: string): NewBlock {
  const [request, setRequest] = useState(0);
  const command = useMemo<Command>(
    () => ({
      id: `${group.toLowerCase()}:new-block`,
      title: 'New block at the focused slot',
      group,
      hint: 'N',
      run: () => setRequest((n) => n + 1),
    }),
    [group],
  );
  const button = (
    <Button onClick={command.run}>
      <PlusIcon />
      New block
    </Button>
  );
  return { request, button, command };
}
