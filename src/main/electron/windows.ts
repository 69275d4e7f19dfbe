import path from 'node:path';
import { app, BrowserWindow, type WebContents } from 'electron';
import { devServerUrl, PRELOAD_PATH, RENDERER_DIR, type RendererPage } from './app-paths';

export interface WindowManager {
  /** The agent workstation (index.html); created if closed, focused otherwise. */
  openAgent(): BrowserWindow;
  /** The supervisor dashboard (dashboard.html); one at a time. */
  openDashboard(): BrowserWindow;
  /** Brings the agent window to the front (restoring it if minimized); opens it if closed. */
  focusAgent(): BrowserWindow;
  /** Our live windows, for event fan-out. */
  all(): BrowserWindow[];
  /** True when `contents` belongs to one of our windows (the IPC sender check uses it). */
  owns(contents: WebContents): boolean;
}

const SECURE_WEB_PREFERENCES = {
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;

function createWindow(page: RendererPage, size: { width: number; height: number }): BrowserWindow {
  const win = new BrowserWindow({
    ...size,
    minWidth: 960,
    minHeight: 600,
    title: 'Mesa',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, devTools: !app.isPackaged },
  });
  win.once('ready-to-show', () => win.show());
  const dev = devServerUrl();
  const load = dev
    ? win.loadURL(new URL(page, dev.endsWith('/') ? dev : `${dev}/`).toString())
    : win.loadFile(path.join(RENDERER_DIR, page));
  load.catch((error: unknown) => console.error(`[windows] failed to load ${page}`, error));
  return win;
}

export function createWindowManager(): WindowManager {
  let agent: BrowserWindow | null = null;
  let dashboard: BrowserWindow | null = null;

  const live = (win: BrowserWindow | null): win is BrowserWindow => win !== null && !win.isDestroyed();

  function openAgent(): BrowserWindow {
    if (live(agent)) return agent;
    const win = createWindow('index.html', { width: 1440, height: 900 });
    win.on('closed', () => {
      if (agent === win) agent = null;
    });
    agent = win;
    return win;
  }

  function focus(win: BrowserWindow): BrowserWindow {
    if (win.isMinimized()) win.restore();
    if (win.isVisible()) win.focus();
    else win.once('ready-to-show', () => win.focus());
    return win;
  }

  return {
    openAgent,
    openDashboard() {
      if (live(dashboard)) return focus(dashboard);
      const win = createWindow('dashboard.html', { width: 1600, height: 1000 });
      win.on('closed', () => {
        if (dashboard === win) dashboard = null;
      });
      dashboard = win;
      return win;
    },
    focusAgent() {
      return focus(openAgent());
    },
    all() {
      return [agent, dashboard].filter(live);
    },
    owns(contents) {
      return [agent, dashboard].some((win) => live(win) && win.webContents === contents);
    },
  };
}
