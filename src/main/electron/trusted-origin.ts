import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where our renderer is loaded from: the built files, or electron-vite's dev server in development. */
export interface AppOrigin {
  /** Absolute directory of the built renderer (`out/renderer`, possibly inside app.asar). */
  rendererDir: string;
  /** `ELECTRON_RENDERER_URL` in `electron-vite dev` (never in a packaged app); null otherwise. */
  devServerUrl: string | null;
}

/**
 * True when `url` is one of our renderer pages: a file:// URL inside `rendererDir`, or a URL of the
 * dev server's origin. Everything else (remote pages, other local files, about:, data:, blob:,
 * file:// with a host) is not ours. Pure, so the IPC sender check is unit-tested without Electron.
 */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    try {
      return parsed.origin === new URL(origin.devServerUrl).origin;
    } catch {
      return false;
    }
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let filePath: string;
  try {
    filePath = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const rel = path.relative(path.resolve(origin.rendererDir), path.resolve(filePath));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** `https:` and `mailto:` only; everything else (file:, javascript:, custom schemes, http:) stays closed. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
