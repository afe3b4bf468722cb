import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, resetFakeElectron } from '../fake-electron';
import { registerCalendarFeedHandlers } from '../../../src/main/ipc/calendar-feeds';
import { SUMMARY, fakeFeedStore } from '../services/calendar-feeds/fake-feed-store';

vi.mock('electron', () => import('../fake-electron'));

const APP_URL = 'app://tandem/index.html';
const ID = SUMMARY.id;
const store = fakeFeedStore();

beforeEach(() => {
  resetFakeElectron();
  registerCalendarFeedHandlers(store);
});

describe('calendar-feeds IPC', () => {
  it('passes a valid request to the store', async () => {
    const request = { address: 'https://calendar.example.com/basic.ics', name: 'Work', colour: 'green' };
    expect(await invoke('calendar-feeds:add', APP_URL, request)).toEqual({ ok: true, value: SUMMARY });
    expect(store.add).toHaveBeenCalledWith(request);
    await invoke('calendar-feeds:refresh', APP_URL, ID);
    await invoke('calendar-feeds:refresh', APP_URL);
    expect(store.refresh.mock.calls).toEqual([[ID], [undefined]]);
  });

  it('refuses an empty name, an unknown colour and a made-up id before the store sees them', async () => {
    const bad = [
      ['calendar-feeds:add', { address: 'https://calendar.example.com/basic.ics', name: ' ', colour: 'green' }],
      ['calendar-feeds:add', { address: 'https://calendar.example.com/basic.ics', name: 'Work', colour: 'url(evil)' }],
      ['calendar-feeds:remove', '../feeds.json'],
    ] as const;
    for (const [channel, payload] of bad) expect(await invoke(channel, APP_URL, payload)).toMatchObject({ ok: false });
    expect(store.add).not.toHaveBeenCalled();
    expect(store.remove).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app', async () => {
    expect(await invoke('calendar-feeds:read', 'https://evil.example.com/')).toMatchObject({ ok: false });
    expect(store.readCopies).not.toHaveBeenCalled();
  });
});
