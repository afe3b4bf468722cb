import { describe, expect, it } from 'vitest';
import { syncProblem } from '../../../../src/renderer/src/db/sync/sync-status';

// PouchDB's replication copies a failed request's own properties into an error of its own
// (createError), so a fetch TypeError arrives named 'Error' with only its message left.
function asPouchPassesItOn(error: Error): unknown {
  return { message: error.message, stack: error.stack };
}

const OFFLINE = 'The server cannot be reached. Changes wait on this computer and go up when it is back.';

describe('syncProblem', () => {
  it.each([
    ['Chromium, no connection', new TypeError('Failed to fetch')],
    ['Chromium, an answer cut off', asPouchPassesItOn(new TypeError('network error'))],
    ['Node, the server went away mid-answer', asPouchPassesItOn(new TypeError('terminated'))],
    ['Node, nothing listening', asPouchPassesItOn(new TypeError('fetch failed'))],
    ['main’s proxy, no connection', new TypeError('Could not reach couch.example.com: check the connection and the address.')],
    ['main’s proxy, a timeout passed on by PouchDB', asPouchPassesItOn(new Error('No answer from couch.example.com within 30 seconds.'))],
    ['a proxy in front of the server', { status: 503, name: 'unknown', message: 'Service Unavailable' }],
  ])('offline: %s', (_what, error) => {
    expect(syncProblem(error)).toEqual({ state: 'offline', message: OFFLINE });
  });

  it.each([
    [401, 'The server refused the user name or password. Check them and start syncing again.'],
    [403, 'This user may not read or write this database on the server.'],
    [404, 'The server has no database by this name. Check the database name.'],
  ])('an answer %i is an error in words', (status, message) => {
    expect(syncProblem({ status, name: 'x', message: 'x' })).toEqual({ state: 'error', message });
  });

  it('another answer from the server is an error with its reason', () => {
    expect(syncProblem({ status: 500, name: 'unknown', reason: 'disk full' })).toEqual({
      state: 'error',
      message: 'The server answered with an error: disk full',
    });
  });
});
