/**
 * Electron entry (built to out/main/index.js). The thin shell: app lifecycle, windows, IPC,
 * notifications, menu. Everything the app does lives in createMainServices (plain Node).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, Menu, powerMonitor, session } from 'electron';
import { LanguageSchema, type Language } from '../../shared/domain/localized-text';
import { detectLanguage } from '../../shared/i18n';
import { createMainServices, type MainServices } from '../services/main-services';
import { appOrigin, applyUserDataOverride, databaseFile } from './app-paths';
import { createElectronNotifier } from './electron-notifier';
import { createSafeStorageVault } from './safe-storage-vault';
import { registerBridgeIpc } from './ipc';
import { buildAppMenu } from './menu';
import { hardenSession, installWebContentsHardening } from './security';
import { createWindowManager } from './windows';

applyUserDataOverride();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  main();
}

function main(): void {
  const origin = appOrigin();
  const windows = createWindowManager();
  let services: MainServices | null = null;
  let disposeIpc: (() => void) | null = null;
  let shutdown: Promise<void> | null = null;
  let shutDown = false;

  installWebContentsHardening(origin);

  app.on('second-instance', () => {
    if (services) windows.focusAgent();
  });

  async function start(): Promise<void> {
    hardenSession(session.defaultSession, origin, {
      production: app.isPackaged || origin.devServerUrl === null,
    });

    const dbFile = databaseFile();
    mkdirSync(path.dirname(dbFile), { recursive: true });
    const firstRun = !existsSync(dbFile);

    const notifier = createElectronNotifier({
      onOpen: (notification) => {
        windows.focusAgent();
        // The renderer opens the ticket when it hears this event.
        if (notification.ticketId) services?.events.emit('ticket.openRequested', { ticketId: notification.ticketId });
      },
    });

    services = await createMainServices({
      databaseFile: dbFile,
      notifier,
      seedDemoData: firstRun,
      defaultLanguage: detectLanguage(app.getLocale()),
      validateOutput: !app.isPackaged,
      onInternalError: (method, error) => console.error(`[bridge] ${method} failed`, error),
      // MESA_SERVER_URL points the workstation at the central server; without it, local-only.
      ...(process.env.MESA_SERVER_URL
        ? { server: { url: process.env.MESA_SERVER_URL, vault: createSafeStorageVault() } }
        : {}),
    });

    disposeIpc = registerBridgeIpc({ registry: services.registry, events: services.events, windows, origin });

    const setMenu = (language: Language): void => Menu.setApplicationMenu(buildAppMenu(windows, language));
    setMenu(await currentLanguage(services));
    services.events.subscribe((event, payload) => {
      if (event !== 'session.changed') return;
      const parsed = LanguageSchema.safeParse((payload as { language?: unknown }).language);
      if (parsed.success) setMenu(parsed.data);
    });

    // After sleep the SLA engine re-plans at once instead of waiting for its heartbeat.
    powerMonitor.on('resume', () => void services?.sla.resume());

    windows.openAgent();
  }

  async function close(): Promise<void> {
    disposeIpc?.();
    disposeIpc = null;
    const running = services;
    services = null;
    await running?.close();
  }

  app.on('before-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    shutdown ??= close()
      .catch((error: unknown) => console.error('[main] error while closing services', error))
      .finally(() => {
        shutDown = true;
        app.quit();
      });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (services && windows.all().length === 0) windows.openAgent();
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error);
      dialog.showErrorBox('Mesa', `Mesa could not start / Mesa no pudo iniciar:\n\n${String(error)}`);
      shutDown = true;
      void close().finally(() => app.exit(1));
    });
}

async function currentLanguage(services: MainServices): Promise<Language> {
  const result = await services.registry.dispatch('session.get', {}, { transport: 'ipc' });
  if (result.ok) {
    const parsed = LanguageSchema.safeParse((result.value as { language?: unknown }).language);
    if (parsed.success) return parsed.data;
  }
  return detectLanguage(app.getLocale());
}
