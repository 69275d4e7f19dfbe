import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
export const PORTAL_DIR = path.join(ROOT, 'out/portal');
let built: Promise<void> | null = null;

/** Builds out/portal once per process (half a second) so tests and the benchmark serve current code. */
export function buildPortal(): Promise<void> {
  built ??= (async () => {
    const vite = await import('vite');
    await vite.build({ configFile: path.join(ROOT, 'vite.portal.config.ts'), logLevel: 'warn', mode: 'production' });
  })();
  return built;
}
