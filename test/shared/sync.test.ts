import { describe, expect, it } from 'vitest';
import { basicAuthorization, isForbiddenSyncHeader, isOnSyncOrigin, syncAddressProblem, syncOrigin } from '../../src/shared/sync';

describe('the sync server address', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(syncAddressProblem('https://couch.example.com/tandem')).toBeNull();
    expect(syncAddressProblem(' https://couch.example.com:6984 ')).toBeNull();
    expect(syncAddressProblem('http://127.0.0.1:5984')).toBeNull();
    expect(syncAddressProblem('http://localhost:5984')).toBeNull();
    expect(syncAddressProblem('http://[::1]:5984')).toBeNull();
  });

  it('refuses plain http elsewhere, other schemes, an empty address and a password in the address', () => {
    expect(syncAddressProblem('http://couch.example.com')).toMatch(/^Use an https:\/\/ address/);
    expect(syncAddressProblem('http://192.168.1.20:5984')).toMatch(/^Use an https:\/\/ address/);
    expect(syncAddressProblem('http://127.0.0.1.example.com')).toMatch(/^Use an https:\/\/ address/);
    expect(syncAddressProblem('ws://localhost:5984')).toMatch(/^Use an https:\/\/ address/);
    expect(syncAddressProblem('couch.example.com')).toMatch(/^This is not a web address/);
    expect(syncAddressProblem('  ')).toMatch(/^Enter the server/);
    expect(syncAddressProblem('https://ana:secret@couch.example.com')).toMatch(/own fields/);
  });

  it('keeps the origin only, and matches requests to exactly that origin', () => {
    expect(syncOrigin('https://Couch.Example.com:6984/tandem?x=1')).toBe('https://couch.example.com:6984');
    expect(() => syncOrigin('http://couch.example.com')).toThrow(/https/);
    const origin = 'https://couch.example.com';
    expect(isOnSyncOrigin('https://couch.example.com/tandem/_changes?since=0', origin)).toBe(true);
    expect(isOnSyncOrigin('https://couch.example.com:443/tandem', origin)).toBe(true);
    expect(isOnSyncOrigin('https://couch.example.com.evil.net/tandem', origin)).toBe(false);
    expect(isOnSyncOrigin('http://couch.example.com/tandem', origin)).toBe(false);
    expect(isOnSyncOrigin('not a url', origin)).toBe(false);
  });

  it('signs in with basic authentication in UTF-8', () => {
    // base64('ana:pässword') of the UTF-8 bytes 61 6e 61 3a 70 c3 a4 73 73 77 6f 72 64
    expect(basicAuthorization('ana', 'pässword')).toBe('Basic YW5hOnDDpHNzd29yZA==');
    expect(isForbiddenSyncHeader('Authorization')).toBe(true);
    expect(isForbiddenSyncHeader('Proxy-Authorization')).toBe(true);
    expect(isForbiddenSyncHeader('content-type')).toBe(false);
  });
});
