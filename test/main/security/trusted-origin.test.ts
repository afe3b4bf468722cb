import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl, resolveDevServerUrl } from '../../../src/main/security/trusted-origin';

describe('isTrustedRendererUrl', () => {
  it('trusts the fixed app origin', () => {
    expect(isTrustedRendererUrl('app://tandem/index.html')).toBe(true);
    expect(isTrustedRendererUrl('app://tandem/')).toBe(true);
  });

  it.each([
    'app://tandem.evil/index.html',
    'app://evil/index.html',
    'app://tandem@evil/index.html',
    'app://tandem:8080/index.html',
    'https://tandem/index.html',
    'file:///app/index.html',
    'http://localhost:5173/',
    'garbage',
  ])('does not trust %s without a dev server', (url) => {
    expect(isTrustedRendererUrl(url)).toBe(false);
  });

  it('trusts exactly the dev server origin when given one', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/#/today', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
  });
});

describe('resolveDevServerUrl', () => {
  it('uses ELECTRON_RENDERER_URL in an unpackaged app on loopback', () => {
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' })).toBe('http://127.0.0.1:5173');
  });

  it('ignores it in a packaged app, so the installed app cannot be pointed at another page', () => {
    expect(resolveDevServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeUndefined();
  });

  it('ignores remote hosts, other schemes and garbage', () => {
    for (const url of ['https://example.com', 'file:///tmp/index.html', 'not a url', '']) {
      expect(resolveDevServerUrl(false, { ELECTRON_RENDERER_URL: url })).toBeUndefined();
    }
    expect(resolveDevServerUrl(false, {})).toBeUndefined();
  });
});
