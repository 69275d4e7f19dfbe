/**
 * Proof that `npm run lint` fails a cross-boundary import (DESIGN.md § Architecture, docs/architecture.md
 * § Dependency rules). Snippets are linted with the real eslint.config.js *as if* they lived at a virtual
 * path (`lintText(code, { filePath })`), so no fixture file exists for the main lint run to trip over.
 */
import path from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BOUNDARY_RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-syntax',
  'import-x/no-restricted-paths',
]);

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: path.join(ROOT, 'eslint.config.js'),
    // Virtual files are not part of any tsconfig, so the TypeScript project service cannot type them:
    // switch type information (used only by no-floating-promises in src/main and src/server) off here.
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`ESLint could not parse ${filePath}: ${fatal[0]?.message}`);
  return result.messages.filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

type Case = [filePath: string, code: string];

const forbidden: Case[] = [
  ['src/shared/domain/x.ts', `import { app } from 'electron'; export const a = app;`],
  ['src/shared/domain/x.ts', `import { readFileSync } from 'node:fs'; export const a = readFileSync;`],
  ['src/shared/domain/x.ts', `import { readFile } from 'fs/promises'; export const a = readFile;`],
  ['src/shared/domain/x.ts', `import { useState } from 'react'; export const a = useState;`],
  ['src/shared/domain/x.ts', `import { Kysely } from 'kysely'; export const a = Kysely;`],
  ['src/shared/domain/x.ts', `import { create } from 'zustand'; export const a = create;`],
  ['src/shared/domain/x.ts', `import i18next from 'i18next'; export const a = i18next;`],
  ['src/shared/domain/x.ts', `import { db } from '../../main/store/db'; export const a = db;`],
  ['src/shared/domain/x.ts', `export { db } from '../../server/db';`],
  ['src/shared/domain/x.ts', `export const a = await import('electron');`],
  ['src/shared/domain/x.test.ts', `import { app } from 'electron'; export const a = app;`],
  ['src/renderer/x.tsx', `import Database from 'better-sqlite3'; export const a = Database;`],
  ['src/renderer/x.tsx', `import { ipcRenderer } from 'electron'; export const a = ipcRenderer;`],
  ['src/renderer/x.tsx', `import path from 'path'; export const a = path;`],
  [
    'src/renderer/x.tsx',
    `import { openDatabase } from '../main/store/open-database'; export const a = openDatabase;`,
  ],
  ['src/renderer/x.tsx', `import { Portal } from '../portal/app'; export const a = Portal;`],
  ['src/portal/x.tsx', `import { WebSocket } from 'ws'; export const a = WebSocket;`],
  ['src/portal/x.tsx', `import { App } from '../renderer/app'; export const a = App;`],
  ['src/main/store/x.ts', `import { app } from 'electron'; export const a = app;`],
  ['src/main/store/x.ts', `import { app } from 'electron/main'; export const a = app;`],
  [
    'src/main/services/x.ts',
    `import { createWindow } from '../electron/window'; export const a = createWindow;`,
  ],
  ['src/main/x.ts', `import { createRoot } from 'react-dom/client'; export const a = createRoot;`],
  ['src/main/api/x.ts', `import { start } from '../../server/index'; export const a = start;`],
  ['src/main/electron/x.ts', `import { useState } from 'react'; export const a = useState;`],
  ['src/main/electron/x.ts', `import { App } from '../../renderer/app'; export const a = App;`],
  ['src/preload/index.ts', `import { readFileSync } from 'node:fs'; export const a = readFileSync;`],
  ['src/preload/index.ts', `import { db } from '../main/store/db'; export const a = db;`],
  ['src/server/x.ts', `import { app } from 'electron'; export const a = app;`],
  ['src/server/x.ts', `import React from 'react'; export const a = React;`],
  ['src/server/x.ts', `import { db } from '../main/store/db'; export const a = db;`],
];

const allowed: Case[] = [
  [
    'src/main/electron/x.ts',
    `import { app, BrowserWindow } from 'electron'; export const a = [app, BrowserWindow];`,
  ],
  [
    'src/main/electron/x.ts',
    `import { openDatabase } from '../store/open-database'; export const a = openDatabase;`,
  ],
  ['src/shared/domain/x.ts', `import { z } from 'zod'; export const a = z.string();`],
  [
    'src/shared/domain/x.ts',
    `import { DateTime } from 'luxon'; import { v7 } from 'uuid'; export const a = [DateTime, v7];`,
  ],
  ['src/shared/domain/x.ts', `import type { Resource } from 'i18next'; export type A = Resource;`],
  [
    'src/shared/domain/x.ts',
    `import { z } from 'zod'; import { parseCalendar } from '../sla/calendar'; export const a = [z, parseCalendar];`,
  ],
  [
    'src/shared/domain/x.test.ts',
    `import { readFileSync } from 'node:fs'; import { it } from 'vitest'; it('reads', () => readFileSync);`,
  ],
  [
    'src/main/store/x.ts',
    `import Database from 'better-sqlite3'; import { readFileSync } from 'node:fs'; import { Kysely } from 'kysely'; export const a = [Database, readFileSync, Kysely];`,
  ],
  [
    'src/main/store/x.ts',
    `import type { Ticket } from '../../shared/domain/ticket'; export type A = Ticket;`,
  ],
  [
    'src/preload/index.ts',
    `import { contextBridge, ipcRenderer } from 'electron'; import type { Ticket } from '../shared/domain/ticket'; export const a = [contextBridge, ipcRenderer]; export type A = Ticket;`,
  ],
  [
    'src/renderer/x.tsx',
    `import { useState } from 'react'; import { create } from 'zustand'; import type { Ticket } from '../shared/domain/ticket'; export const a = [useState, create]; export type A = Ticket;`,
  ],
  [
    'src/server/x.ts',
    `import { WebSocketServer } from 'ws'; import { Kysely } from 'kysely'; import { createServer } from 'node:http'; export const a = [WebSocketServer, Kysely, createServer];`,
  ],
];

describe('lint enforces the folder dependency rules of DESIGN.md § Architecture', () => {
  it.each(forbidden)('%s: fails `%s`', async (filePath, code) => {
    const problems = await lint(filePath, code);
    expect(problems.length, `expected a boundary error for ${filePath}`).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.severity).toBe(2);
      expect(problem.message).toContain('DESIGN.md § Architecture');
    }
  });

  it.each(allowed)('%s: allows `%s`', async (filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });

  it('names the broken rule in the message', async () => {
    const [problem] = await lint(
      'src/main/store/x.ts',
      `import { app } from 'electron'; export const a = app;`,
    );
    expect(problem?.message).toMatch(/src\/main\/ except src\/main\/electron\/ "runs under plain Node/);
  });

  it('does not lint the fixtures folder in the main run', async () => {
    expect(await eslint.isPathIgnored(path.join(ROOT, 'tests/lint/fixtures/anything.ts'))).toBe(true);
  });
});
