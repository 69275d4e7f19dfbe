import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { PRODUCTION_CSP_META } from './src/main/host/csp';
import { cspMetaPlugin, devServerCspPlugin } from './vite.renderer.config';

// import.meta.url, not import.meta.dirname: electron-vite's config bundler rewrites only the former per file.
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const RENDERER = resolve(ROOT, 'src/renderer');

export default defineConfig({
  main: {
    build: {
      // Dependencies (better-sqlite3 and its native .node above all) stay in node_modules and are
      // loaded at run time; electron-builder ships them (asarUnpack for the .node files).
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(ROOT, 'src/main/electron/main.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): everything else is bundled in, and the
      // output is CommonJS (sandboxed preloads cannot be ES modules).
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(ROOT, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: RENDERER,
    // file:// pages get no response headers: the production policy travels as the meta tag (the
    // renderer's own tag minus its browser-host ws://127.0.0.1:* allowance).
    plugins: [react(), cspMetaPlugin(PRODUCTION_CSP_META), devServerCspPlugin()],
    define: { __MESA_BROWSER_HOST__: 'false' },
    server: { fs: { allow: [ROOT] } },
    build: {
      rolldownOptions: {
        input: {
          index: resolve(RENDERER, 'index.html'),
          dashboard: resolve(RENDERER, 'dashboard.html'),
        },
      },
    },
  },
});
