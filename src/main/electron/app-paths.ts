import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import type { AppOrigin } from './trusted-origin';

/**
 * Built layout (electron-vite): out/main/index.js (this bundle), out/preload/index.cjs,
 * out/renderer/{index,dashboard}.html. Resolved from this bundle's own location, so it works from
 * the project folder, from `electron .` and from inside app.asar alike. main.ts imports this file
 * statically, so it is always part of the entry chunk (out/main/).
 */
const MAIN_DIR = path.dirname(fileURLToPath(import.meta.url));

export type RendererPage = 'index.html' | 'dashboard.html';

export const PRELOAD_PATH = path.join(MAIN_DIR, '..', 'preload', 'index.cjs');
export const RENDERER_DIR = path.join(MAIN_DIR, '..', 'renderer');

/** electron-vite's dev server URL; never honoured in a packaged app. */
export function devServerUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL'];
  return !app.isPackaged && url ? url : null;
}

export function appOrigin(): AppOrigin {
  return { rendererDir: RENDERER_DIR, devServerUrl: devServerUrl() };
}

/**
 * Tests and side-by-side development profiles: `MESA_USER_DATA_DIR` moves userData (and so the
 * database). Ignored in a packaged app. Must run before `app` is ready.
 */
export function applyUserDataOverride(): void {
  const dir = process.env['MESA_USER_DATA_DIR'];
  if (dir && !app.isPackaged) app.setPath('userData', path.resolve(dir));
}

/** The local ticket store: `<userData>/mesa.sqlite`. */
export function databaseFile(): string {
  return path.join(app.getPath('userData'), 'mesa.sqlite');
}
