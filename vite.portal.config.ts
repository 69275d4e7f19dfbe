import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The requester portal (src/portal), built to out/portal and served by the server under /portal/
 * with its CSP as a header (src/server/portal/portal-static.ts); the meta tag in index.html carries
 * the same policy minus frame-ancestors. `resources/portal/chat-widget.js` is copied as is (the embeddable loader).
 */
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PORTAL = resolve(ROOT, 'src/portal');

export default defineConfig({
  root: PORTAL,
  base: '/portal/',
  plugins: [react()],
  // The embeddable widget loader (a classic script, not part of the app bundle) is copied as is.
  publicDir: resolve(ROOT, 'resources/portal'),
  server: { host: '127.0.0.1', fs: { allow: [ROOT] } },
  build: {
    outDir: resolve(ROOT, 'out/portal'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles: the policy has no 'unsafe-inline'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
