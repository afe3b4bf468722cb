import { describe, expect, it } from 'vitest';
import { filterCommands } from '../../../src/renderer/src/app/command-palette';
import type { Command } from '../../../src/renderer/src/stores/command-store';

const noop = () => undefined;
const commands: Command[] = [
  { id: 'go:clients', title: 'Go to Clients', group: 'Navigate', run: noop },
  { id: 'client:new', title: 'New client', group: 'Clients', run: noop },
  { id: 'timer:start', title: 'Start timer', group: 'Timer', run: noop },
];

describe('filterCommands', () => {
  it('matches every word of the query against group and title, in any order and case', () => {
    expect(filterCommands(commands, 'CLIENT new').map((command) => command.id)).toEqual(['client:new']);
    expect(filterCommands(commands, 'clients').map((command) => command.id)).toEqual(['go:clients', 'client:new']);
    expect(filterCommands(commands, '')).toHaveLength(3);
    expect(filterCommands(commands, 'invoice')).toEqual([]);
  });
});
