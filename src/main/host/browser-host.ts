/**
 * Browser test host: the real main-process services under plain Node, the bridge contract over a
 * loopback WebSocket, and the real renderer served by Vite, so Playwright drives the app in
 * Chromium where the Electron binary cannot be installed. Tests, benchmarks and `npm run
 * dev:browser` only: never imported by the Electron entry, never packaged.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/domain/localized-text';
import type { Clock } from '../services/clock';
import type { MainServices, MainServicesOptions } from '../services/main-services';
import { createRecordingNotifier, type DesktopNotification, type Notifier } from '../services/notifier';
import { attachBridgeSocketServer, DEFAULT_MAX_MESSAGE_BYTES } from './bridge-socket-server';
import { buildCsp } from './csp';
import { createStaticHandler } from './static-files';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const RENDERER_CONFIG = path.join(PROJECT_ROOT, 'vite.renderer.config.ts');
export const RENDERER_WEB_DIR = path.join(PROJECT_ROOT, 'out', 'renderer-web');
const LOOPBACK = '127.0.0.1';
const BRIDGE_PATH = '/bridge';

export type RendererMode = 'dev' | 'dist' | 'none';

/** What the host needs from the services; createMainServices gives more (the store). */
export type HostServices = Pick<MainServices, 'registry' | 'events' | 'close'>;

export interface BrowserHostOptions<S extends HostServices = MainServices> {
  /** SQLite file; default a fresh temp file, deleted on close. An existing file is reused as is. */
  databaseFile?: string;
  /** Demo tickets seeded into an empty store (reference data is always seeded); default: the services' default. */
  seedTickets?: number;
  /** Seed of the demo data generator. */
  seed?: number;
  /** `dev`: Vite dev server (middleware); `dist`: out/renderer-web (built when missing or stale); `none`: bridge only. */
  renderer?: RendererMode;
  /** Rebuild out/renderer-web even when it is up to date (`dist` builds it anyway when missing or stale). */
  rebuildRenderer?: boolean;
  clock?: Clock;
  defaultLanguage?: Language;
  /** Output checking in the registry; on by default (tests and development). */
  validateOutput?: boolean;
  maxMessageBytes?: number;
  /** Replace the services (unit tests of the transport). Receives what createMainServices would. */
  createServices?: (options: MainServicesOptions) => Promise<S>;
  /** Host log lines (start-up, errors). Default: stderr. */
  log?: (line: string) => void;
  /**
   * Point the workstation at a central server (no demo seeding: the copy comes from the server).
   * The token is kept in memory only (the browser host has no OS keyring). With `login`, the host
   * signs in as that (demo) user before answering; without it, the renderer shows the sign-in form.
   */
  server?: { url: string; login?: { email: string; password: string }; live?: boolean };
}

export interface BrowserHost<S extends HostServices = MainServices> {
  /** index.html (agent workstation) with `?host=<ws url>&token=<token>`. */
  url: string;
  /** dashboard.html (supervisor dashboard), same parameters. */
  dashboardUrl: string;
  /** The bridge socket, token included. */
  wsUrl: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  databaseFile: string;
  /** Every desktop notification the services raised, in order. */
  notifier: Notifier & { readonly shown: DesktopNotification[] };
  services: S;
  close(): Promise<void>;
}

let buildInFlight: Promise<void> | null = null;

/** Inputs of the renderer-web build; a newer file than the built index.html means it is stale. */
const RENDERER_INPUTS = ['src/renderer', 'src/shared', 'vite.renderer.config.ts', 'src/main/host/csp.ts'];

async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** True when out/renderer-web is missing or older than any of its sources. */
export async function rendererWebIsStale(): Promise<boolean> {
  const built = await stat(path.join(RENDERER_WEB_DIR, 'index.html')).catch(() => null);
  if (!built) return true;
  for (const input of RENDERER_INPUTS) {
    if ((await newestMtime(path.join(PROJECT_ROOT, input))) > built.mtimeMs) return true;
  }
  return false;
}

/** Cross-process lock (mkdir is atomic), so parallel hosts do not build over each other. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(PROJECT_ROOT, 'out', '.renderer-web.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const info = await stat(lock).catch(() => null);
      if (info && Date.now() - info.mtimeMs > 5 * 60_000) await rm(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Builds out/renderer-web with vite.renderer.config.ts (one build at a time, across processes). */
export async function buildRendererWeb(
  log: (line: string) => void = defaultLog,
  onlyIfStale = false,
): Promise<void> {
  buildInFlight ??= withBuildLock(async () => {
    if (onlyIfStale && !(await rendererWebIsStale())) return; // another process just built it
    log(`[browser-host] building the renderer into ${path.relative(PROJECT_ROOT, RENDERER_WEB_DIR)} …`);
    const vite = await import('vite');
    await vite.build({ configFile: RENDERER_CONFIG, logLevel: 'warn', mode: 'production' });
  }).finally(() => {
    buildInFlight = null;
  });
  return buildInFlight;
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Refuses requests whose Host is not our loopback address (DNS rebinding). */
function hostAllowed(req: IncomingMessage, hosts: readonly string[]): boolean {
  return hosts.includes(req.headers.host ?? '');
}

export async function startBrowserHost<S extends HostServices = MainServices>(
  options: BrowserHostOptions<S> = {},
): Promise<BrowserHost<S>> {
  const log = options.log ?? defaultLog;
  const renderer = options.renderer ?? 'dist';
  const token = randomBytes(24).toString('base64url');
  const notifier = createRecordingNotifier();

  let tempDir: string | null = null;
  const databaseFile =
    options.databaseFile ??
    path.join((tempDir = mkdtempSync(path.join(os.tmpdir(), 'mesa-host-'))), 'mesa.sqlite');

  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        log(`[browser-host] error while closing: ${String(error)}`);
      }
    }
  };
  if (tempDir) {
    const dir = tempDir;
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  }

  try {
    if (renderer === 'dist') {
      if (options.rebuildRenderer) await buildRendererWeb(log);
      else if (await rendererWebIsStale()) await buildRendererWeb(log, true);
    }

    const serviceOptions: MainServicesOptions = {
      databaseFile,
      notifier,
      clock: options.clock,
      seedDemoData: { seed: options.seed, ticketCount: options.seedTickets },
      defaultLanguage: options.defaultLanguage,
      validateOutput: options.validateOutput ?? true,
      ...(options.server ? { server: { url: options.server.url, live: options.server.live, log } } : {}),
      onInternalError: (method, error) =>
        log(
          `[browser-host] ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    };
    // Loaded lazily so transport tests that bring their own services do not load the store.
    const services = options.createServices
      ? await options.createServices(serviceOptions)
      : ((await (
          await import('../services/main-services')
        ).createMainServices(serviceOptions)) as unknown as S);
    cleanups.push(() => services.close());
    const sync = (services as Partial<MainServices>).sync;
    if (options.server?.login && sync) await sync.login(options.server.login);

    let port = 0;
    const hosts = (): string[] => [`${LOOPBACK}:${port}`, `localhost:${port}`];
    const origins = (): string[] => [`http://${LOOPBACK}:${port}`, `http://localhost:${port}`];

    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    };
    const server = createServer((req, res) => {
      if (!hostAllowed(req, hosts())) {
        res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Forbidden');
        return;
      }
      // The renderer ships no favicon; answering keeps a 404 out of every page's console.
      if (req.url === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      handle(req, res);
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );

    const bridge = attachBridgeSocketServer(server, {
      registry: services.registry,
      events: services.events,
      token,
      path: BRIDGE_PATH,
      maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
      allowedHosts: hosts,
      allowedOrigins: origins,
      passThroughOtherPaths: renderer === 'dev',
    });
    cleanups.push(() => bridge.close());

    if (renderer === 'dev') {
      const vite = await import('vite');
      const dev = await vite.createServer({
        configFile: RENDERER_CONFIG,
        appType: 'mpa',
        server: { middlewareMode: true, ws: { server } },
        logLevel: 'warn',
      });
      cleanups.push(() => dev.close());
      handle = (req, res) => {
        dev.middlewares(req, res, () => {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Not found');
        });
      };
    } else if (renderer === 'dist') {
      const securityHeaders = (): Record<string, string> => ({
        'Content-Security-Policy': buildCsp({ connectSrc: [`ws://${LOOPBACK}:${port}`] }),
        'X-Content-Type-Options': 'nosniff',
        // The page URL carries the bridge token: never send it anywhere as a Referer.
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'no-store',
      });
      handle = createStaticHandler(RENDERER_WEB_DIR, securityHeaders);
    }

    port = await listen(server);

    const origin = `http://${LOOPBACK}:${port}`;
    const wsBase = `ws://${LOOPBACK}:${port}${BRIDGE_PATH}`;
    const query = `?host=${encodeURIComponent(wsBase)}&token=${encodeURIComponent(token)}`;
    let closing: Promise<void> | null = null;
    return {
      url: `${origin}/index.html${query}`,
      dashboardUrl: `${origin}/dashboard.html${query}`,
      wsUrl: `${wsBase}?token=${encodeURIComponent(token)}`,
      origin,
      port,
      token,
      databaseFile,
      notifier,
      services,
      close: () => (closing ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
