/**
 * Electron shell smoke test (Playwright `_electron`). Runs only where the Electron binary is
 * installed; elsewhere it is skipped with one clear line (the browser host covers the app there).
 *
 * Never `require('electron')` here: on a machine without the binary that call tries to download it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCREENSHOT = path.join(ROOT, 'tests', 'screenshots', 'electron-agent.png');

/** The Electron executable if it is really there, without triggering electron's download-on-require. */
function findElectronBinary(): { path: string } | { missing: string } {
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(pkgDir, 'dist', relative)
      : '';
  if (!candidate || !existsSync(candidate)) {
    return {
      missing:
        'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); run `npx electron --version` where it is',
    };
  }
  return { path: candidate };
}

/** The app entry electron runs (package.json "main"), built by electron-vite if missing. */
function ensureBuilt(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main?: string };
  const entry = path.join(ROOT, pkg.main ?? 'out/main/index.js');
  if (!existsSync(entry) || !existsSync(path.join(ROOT, 'out/preload/index.cjs'))) {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  return entry;
}

/** The test's environment minus ELECTRON_RUN_AS_NODE (which would start plain Node), plus a temp profile. */
function electronEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return { ...env, MESA_USER_DATA_DIR: userData, ELECTRON_ENABLE_LOGGING: '1' };
}

const binary = findElectronBinary();
if ('missing' in binary) console.log(`electron smoke: skipped — ${binary.missing}`);

test.describe('electron shell', () => {
  test.skip('missing' in binary, 'missing' in binary ? `electron smoke: skipped — ${binary.missing}` : '');

  let app: ElectronApplication;
  let userData: string;

  test.beforeAll(async () => {
    if (!('path' in binary)) return;
    ensureBuilt();
    userData = mkdtempSync(path.join(os.tmpdir(), 'mesa-electron-'));
    const args = ['.'];
    // Root in a container: Chromium's own sandbox cannot start (the renderer sandbox flag still applies).
    if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
    app = await electron.launch({
      // Default install: let Playwright resolve electron itself (it adds its loader); the binary is
      // known to exist by now, so that require cannot trigger a download. Override: pass the path.
      ...(process.env['ELECTRON_OVERRIDE_DIST_PATH'] ? { executablePath: binary.path } : {}),
      args,
      cwd: ROOT,
      env: electronEnv(userData),
      timeout: 60_000,
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens the hardened agent window', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    await expect(page).toHaveTitle(/Mesa/);
    expect(page.url()).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html/);

    const exposed = await page.evaluate(() => ({
      mesaKeys: Object.keys((window as unknown as { mesa?: object }).mesa ?? {}).sort(),
      invokeType: typeof (window as unknown as { mesa?: { invoke?: unknown } }).mesa?.invoke,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (globalThis as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(exposed).toEqual({
      mesaKeys: ['invoke', 'on'],
      invokeType: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: 'undefined',
    });

    // The bridge answers contract calls and refuses anything else before IPC.
    const results = await page.evaluate(async () => {
      const mesa = (
        window as unknown as {
          mesa: { invoke(m: string, i: unknown): Promise<{ ok: boolean; error?: { code: string } }> };
        }
      ).mesa;
      return {
        session: (await mesa.invoke('session.get', {})).ok,
        unknown: (await mesa.invoke('shell.openExternal', { url: 'file:///etc/passwd' })).error?.code,
      };
    });
    expect(results).toEqual({ session: true, unknown: 'bridge.unknown_method' });

    // No new windows from the page.
    await page.evaluate(() => window.open('https://example.com', '_blank'));
    expect(app.windows()).toHaveLength(1);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  test('opens the supervisor dashboard from the menu', async () => {
    const dashboard = app.waitForEvent('window');
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('dashboard')?.click());
    const page = await dashboard;
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/\/out\/renderer\/dashboard\.html/);
  });
});
