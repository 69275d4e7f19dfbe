// @ts-check
/**
 * Mesa lint config (flat). The import boundaries below are the dependency rules of
 * DESIGN.md § "Architecture" (summarised in docs/architecture.md § "Dependency rules"),
 * enforced by folder the way VS Code enforces its layer folders:
 *
 * - package / Node built-in imports: `@typescript-eslint/no-restricted-imports` (static imports,
 *   `export … from`, `import x = require()`) + `no-restricted-syntax` for dynamic `import()`;
 * - relative imports between folders: `import-x/no-restricted-paths` zones. Its resolver chain is the
 *   TypeScript resolver, then a purely textual fallback for relative paths, so an import of a file that
 *   does not exist (yet) is still placed in its folder instead of being silently skipped.
 *
 * Flat config does not merge the options of one rule across config objects: each layer below gets one
 * complete `no-restricted-imports` / `no-restricted-syntax` setting, and `src/main/electron/**` comes
 * after `src/main/**` so its setting wins there.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const TS = '**/*.{ts,tsx,mts,cts}';
const SRC = (/** @type {string} */ dir) => [`src/${dir}/**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}`];

const DESIGN = 'DESIGN.md § Architecture';
const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (/** @type {string[]} */ names) => names.map(escape).join('|');

/** Bare Node built-in names (`fs`, `fs/promises`, `_http_agent`…); `node:`-only ones are caught by `^node:`. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('node:'));
/** Matches `node:*` and bare built-ins with or without a subpath. */
const NODE_BUILTIN_REGEX = `^(?:node:|(?:${anyOf(NODE_BUILTINS)})(?:/|$))`;
/** Matches the listed packages and their subpaths (`react-dom/client`, `electron/main`…). */
const packagesRegex = (/** @type {string[]} */ names) => `^(?:${anyOf(names)})(?:/|$)`;
/** Matches any bare specifier (package) that is not in `allowed`, not a built-in and not one of `alsoExcluded`. */
const packagesExceptRegex = (/** @type {string[]} */ allowed, /** @type {string[]} */ alsoExcluded = []) =>
  `^(?!node:|(?:${anyOf([...allowed, ...alsoExcluded, ...NODE_BUILTINS])})(?:/|$))[^./]`;

/**
 * One layer's package rules.
 * @typedef {{ regex: string, message: string, allowTypeImports?: boolean }} Restriction
 * @param {Restriction[]} restrictions
 * @returns {import('eslint').Linter.RulesRecord}
 */
function packageRules(restrictions) {
  if (restrictions.length === 0) return {};
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: restrictions.map(({ regex, message, allowTypeImports }) => ({
          regex,
          message,
          caseSensitive: true,
          ...(allowTypeImports ? { allowTypeImports: true } : {}),
        })),
      },
    ],
    // no-restricted-imports does not see `import('x')`; esquery regexes cannot contain "/", hence \u002F.
    'no-restricted-syntax': [
      'error',
      ...restrictions
        .filter((r) => !r.allowTypeImports)
        .map(({ regex, message }) => ({
          selector: `ImportExpression > Literal.source[value=/${regex.replaceAll('/', '\\u002F')}/]`,
          message: `Dynamic import breaks the dependency rules. ${message}`,
        })),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// Messages: each says which rule of DESIGN.md is broken.
// ---------------------------------------------------------------------------------------------------
const MSG = {
  sharedPure: `[${DESIGN}] src/shared/ is pure TypeScript and "imports nothing from electron, react, kysely, better-sqlite3, node:*" (it runs in main, server, renderer and portal alike).`,
  sharedAllow: `[${DESIGN}] src/shared/ is pure TypeScript: the only packages it may use are zod, uuid, luxon, ical.js and i18next (type imports only). Put process-specific code in src/main, src/server, src/renderer or src/portal.`,
  sharedI18next: `[${DESIGN}] src/shared/ may use i18next for catalog types only (\`import type\`); initialise i18next in the renderer/portal/server.`,
  mainNoElectron: `[${DESIGN}] everything in src/main/ except src/main/electron/ "runs under plain Node … so it is tested without Electron". Move Electron calls into src/main/electron/ (the thin shell) and pass what you need in.`,
  mainNoReact: `[${DESIGN}] src/main/ is the Electron main process (plain Node services + shell); React belongs to src/renderer/ and src/portal/.`,
  preload: `[${DESIGN}] src/preload/ is the contextBridge only ("exposes one typed, allow-listed bridge object. Nothing else."): it may import electron and src/shared/ only.`,
  web: (/** @type {string} */ dir) =>
    `[${DESIGN}] src/${dir}/ is browser code: it "imports shared types/contract, never electron, kysely or node:*" (nor better-sqlite3, ws). Reach main-process services through the typed bridge client from src/shared/api.`,
  server: `[${DESIGN}] src/server/ (central server) "never imports electron or react".`,
};

// ---------------------------------------------------------------------------------------------------
// Relative imports between folders (import-x/no-restricted-paths). Paths are relative to ROOT.
// ---------------------------------------------------------------------------------------------------
const LAYERS = ['shared', 'main', 'preload', 'renderer', 'server', 'portal'];
const others = (/** @type {string[]} */ allowed) =>
  LAYERS.filter((l) => !allowed.includes(l)).map((l) => `./src/${l}`);
const ZONES = [
  {
    target: './src/shared',
    from: others(['shared']),
    message: `[${DESIGN}] src/shared/ is pure TypeScript shared by every process: it may import only other files in src/shared/.`,
  },
  {
    target: './src/main',
    from: others(['main', 'shared']),
    message: `[${DESIGN}] src/main/ (Electron main process) may import only src/main/ and src/shared/; talk to the renderer through the bridge contract in src/shared/api, to the server through the sync protocol.`,
  },
  {
    // Plain-Node part of main must not pull in the Electron shell (it would drag `electron` along).
    target: ['./src/main/*', './src/main/!(electron)/**'],
    from: './src/main/electron',
    message: MSG.mainNoElectron,
  },
  { target: './src/preload', from: others(['preload', 'shared']), message: MSG.preload },
  {
    target: './src/renderer',
    from: others(['renderer', 'shared']),
    message: `[${DESIGN}] src/renderer/ may import only src/renderer/ and src/shared/ (never src/main, src/server, src/preload or src/portal); main-process services are reached through the typed bridge client.`,
  },
  {
    target: './src/portal',
    from: others(['portal', 'shared']),
    message: `[${DESIGN}] src/portal/ (requester web portal) may import only src/portal/ and src/shared/ (never src/main, src/server, src/preload or src/renderer); it talks to the server over HTTP/WebSocket.`,
  },
  {
    target: './src/server',
    from: others(['server', 'shared']),
    message: `[${DESIGN}] src/server/ may import only src/server/ and src/shared/ (never src/main, src/renderer, src/preload or src/portal).`,
  },
];

/** Last resolver in the chain: places unresolvable relative imports at their textual path. */
const relativeFallbackResolver = {
  interfaceVersion: 3,
  name: 'mesa-relative-fallback',
  resolve(/** @type {string} */ modulePath, /** @type {string} */ sourceFile) {
    if (!/^\.\.?(?:\/|$)/.test(modulePath)) return { found: false };
    return { found: true, path: path.resolve(path.dirname(sourceFile), modulePath) };
  },
};

// ---------------------------------------------------------------------------------------------------
// Package / built-in imports per folder. `forTests` relaxes them for `*.test.*` files beside the code.
// ---------------------------------------------------------------------------------------------------
const TEST_FILES = '**/*.test.{ts,tsx,mts,cts}';
const TEST_TOOLS = ['vitest', 'fast-check'];
const SHARED_ALLOWED = ['zod', 'uuid', 'luxon', 'ical.js', 'i18next'];
const SHARED_BANNED = ['electron', 'react', 'react-dom', 'kysely', 'better-sqlite3', 'ws'];

/** @typedef {Restriction & { kind?: 'builtins' | 'allowlist', allowed?: string[], excluded?: string[] }} LayerRestriction */
/** @type {{ dir: string, ignores?: string[], restrictions: LayerRestriction[] }[]} */
const LAYER_PACKAGE_RULES = [
  {
    dir: 'shared',
    restrictions: [
      { kind: 'builtins', regex: NODE_BUILTIN_REGEX, message: MSG.sharedPure },
      { regex: packagesRegex(SHARED_BANNED), message: MSG.sharedPure },
      { regex: packagesRegex(['i18next']), message: MSG.sharedI18next, allowTypeImports: true },
      {
        kind: 'allowlist',
        allowed: SHARED_ALLOWED,
        excluded: SHARED_BANNED,
        regex: packagesExceptRegex(SHARED_ALLOWED, SHARED_BANNED),
        message: MSG.sharedAllow,
      },
    ],
  },
  {
    dir: 'main',
    ignores: SRC('main/electron'),
    restrictions: [
      { regex: packagesRegex(['electron']), message: MSG.mainNoElectron },
      { regex: packagesRegex(['react', 'react-dom']), message: MSG.mainNoReact },
    ],
  },
  {
    // The thin Electron shell: electron allowed, React still not.
    dir: 'main/electron',
    restrictions: [{ regex: packagesRegex(['react', 'react-dom']), message: MSG.mainNoReact }],
  },
  {
    dir: 'preload',
    restrictions: [
      { kind: 'builtins', regex: NODE_BUILTIN_REGEX, message: MSG.preload },
      {
        kind: 'allowlist',
        allowed: ['electron'],
        regex: packagesExceptRegex(['electron']),
        message: MSG.preload,
      },
    ],
  },
  ...['renderer', 'portal'].map((dir) => ({
    dir,
    restrictions: [
      { kind: /** @type {const} */ ('builtins'), regex: NODE_BUILTIN_REGEX, message: MSG.web(dir) },
      { regex: packagesRegex(['electron', 'kysely', 'better-sqlite3', 'ws']), message: MSG.web(dir) },
    ],
  })),
  {
    dir: 'server',
    restrictions: [{ regex: packagesRegex(['electron', 'react', 'react-dom']), message: MSG.server }],
  },
];

/** Test files may also use Node built-ins and the test tooling; every other rule stays. */
function forTests(/** @type {LayerRestriction[]} */ restrictions) {
  return restrictions
    .filter((r) => r.kind !== 'builtins')
    .map((r) =>
      r.kind === 'allowlist'
        ? { ...r, regex: packagesExceptRegex([...(r.allowed ?? []), ...TEST_TOOLS], r.excluded ?? []) }
        : r,
    );
}

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'data/',
    'bench/.data/',
    '.vite/',
    'tests/lint/fixtures/**',
  ]),

  // ---------------------------------------------------------------- baseline (all JS/TS files)
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: [TS],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // ---------------------------------------------------------------- type-aware, only where it pays
  // Type information costs a TS program; only main and server need it (floating promises lose writes/timers).
  {
    files: ['src/main/**/*.{ts,tsx,mts,cts}', 'src/server/**/*.{ts,tsx,mts,cts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },

  // ---------------------------------------------------------------- React (renderer + portal)
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/portal/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/preload/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // ---------------------------------------------------------------- dependency rules: folders
  {
    files: ['src/**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: path.join(ROOT, 'tsconfig.json'),
        }),
        relativeFallbackResolver,
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: ZONES }],
    },
  },

  // ---------------------------------------------------------------- dependency rules: packages
  ...LAYER_PACKAGE_RULES.flatMap(({ dir, ignores = [], restrictions }) => [
    { files: SRC(dir), ignores: [...ignores, TEST_FILES], rules: packageRules(restrictions) },
    // Unit tests beside the code run only under Node/vitest: same rules, plus test tooling and built-ins.
    { files: [`src/${dir}/${TEST_FILES}`], ignores, rules: packageRules(forTests(restrictions)) },
  ]),
]);
