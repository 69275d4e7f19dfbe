import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from './trusted-origin';

const rendererDir = '/opt/Mesa/resources/app.asar/out/renderer';
const prod = { rendererDir, devServerUrl: null };
const dev = { rendererDir, devServerUrl: 'http://localhost:5173' };
const file = (p: string) => pathToFileURL(p).toString();

describe('isAppUrl (IPC sender check)', () => {
  it('accepts our built pages', () => {
    expect(isAppUrl(file(`${rendererDir}/index.html`), prod)).toBe(true);
    expect(isAppUrl(`${file(`${rendererDir}/dashboard.html`)}?x=1#y`, prod)).toBe(true);
  });

  it('refuses other files, traversal, hosts and prefixes', () => {
    expect(isAppUrl(file('/etc/passwd'), prod)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}/../../evil.html`, prod)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}-evil/index.html`, prod)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}`, prod)).toBe(false);
    expect(isAppUrl(`file://attacker${rendererDir}/index.html`, prod)).toBe(false);
  });

  it('refuses remote and opaque origins', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/index.html',
      'about:blank',
      'about:srcdoc',
      'data:text/html,x',
      'blob:null/1',
      'javascript:1',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url, prod), url).toBe(false);
    }
  });

  it('accepts the dev server origin only in dev, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/index.html', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/index.html', dev)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https and mailto only', () => {
    expect(isSafeExternalUrl('https://example.com/a')).toBe(true);
    expect(isSafeExternalUrl('mailto:help@example.com')).toBe(true);
    for (const url of [
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-msdt:x',
      'nonsense',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});
