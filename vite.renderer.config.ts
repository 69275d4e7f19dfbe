import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildCsp } from './src/main/host/csp';

/**
 * The same renderer as electron.vite.config.ts, as a plain Vite config for the browser test host
 * (`npm run dev:browser`): served by Vite in `--renderer=dev`, built to out/renderer-web for
 * `--renderer=dist`. The host also sends the policy as a header, with its exact port.
 */
// import.meta.url, not import.meta.dirname: electron-vite's config bundler rewrites only the former per file.
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const RENDERER = resolve(ROOT, 'src/renderer');

const CSP_META = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i;

/**
 * Builds: the pages' CSP meta tag becomes exactly `policy` (src/main/host/csp.ts), replacing the
 * one written in the HTML or adding it when missing, so every build carries the one definition.
 */
export function cspMetaPlugin(policy: string): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'mesa:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        CSP_META.test(html) ? html.replace(CSP_META, tag) : html.replace(/<head>/i, `<head>\n    ${tag}`),
    },
  };
}

/**
 * Dev server only: Vite's React-refresh preamble is an inline module script, which the strict
 * policy (rightly) refuses, so the meta tag is dropped while serving. Builds keep it.
 */
export function devServerCspPlugin(): Plugin {
  return {
    name: 'mesa:dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(CSP_META, '<!-- CSP: enforced in builds, not by the Vite dev server -->'),
    },
  };
}

export default defineConfig({
  root: RENDERER,
  base: './',
  plugins: [
    react(),
    cspMetaPlugin(buildCsp({ forMeta: true, connectSrc: ['ws://127.0.0.1:*'] })),
    devServerCspPlugin(),
  ],
  define: { __MESA_BROWSER_HOST__: 'true' },
  server: { host: '127.0.0.1', fs: { allow: [ROOT] } },
  build: {
    outDir: resolve(ROOT, 'out/renderer-web'),
    emptyOutDir: true,
    target: 'chrome130',
    rolldownOptions: {
      input: {
        index: resolve(RENDERER, 'index.html'),
        dashboard: resolve(RENDERER, 'dashboard.html'),
      },
    },
  },
});
