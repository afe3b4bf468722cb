import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetFakeElectron } from '../fake-electron';
import { createAppProtocolHandler, registerAppProtocol, registerAppScheme } from '../../../src/main/protocol/app-protocol';

vi.mock('electron', () => import('../fake-electron'));

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

let sandbox: string;
let root: string;
let serve: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  // sandbox/secret.txt sits beside the served root: traversal tests try to reach it.
  sandbox = mkdtempSync(join(tmpdir(), 'tandem-protocol-'));
  root = join(sandbox, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(sandbox, 'secret.txt'), 'do not serve');
  serve = createAppProtocolHandler(root);
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
beforeEach(resetFakeElectron);

const get = (url: string) => serve({ url, method: 'GET' });

describe('app:// handler', () => {
  it('serves index.html for / with the strict CSP', async () => {
    const response = await get('app://tandem/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tandem</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const response = await get('app://tandem/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://tandem/..%2fsecret.txt',
    'app://tandem/%2e%2e%2fsecret.txt',
    'app://tandem/assets/..%2F..%2Fsecret.txt',
    'app://tandem/../secret.txt',
    'app://tandem/%2e%2e/secret.txt',
  ])('answers 404 to traversal %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('answers 404 for missing files, directories and other hosts', async () => {
    expect((await get('app://tandem/missing.js')).status).toBe(404);
    expect((await get('app://tandem/assets/')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serve({ url: 'app://tandem/index.html', method: 'POST' })).status).toBe(405);
    const head = await serve({ url: 'app://tandem/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme', () => {
    registerAppProtocol(root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
