/**
 * The Electron shell's wiring, run under vitest with a fake `electron` module (the binary is not
 * needed): window flags, IPC sender check, event fan-out, navigation/window-open/permission rules,
 * menu, notifications and graceful quit. The real-Electron check is tests/electron/smoke.spec.ts.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT_CHANNEL, BRIDGE_INVOKE_CHANNEL } from '../../shared/api/bridge';
import type { ApiEventBus } from '../api/event-bus';

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    appListeners: new Map<string, ((...args: unknown[]) => void)[]>(),
    menuTemplate: null as unknown[] | null,
    openExternal: [] as string[],
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    headersHook: null as null | ((...args: unknown[]) => void),
    notifications: [] as FakeNotification[],
    quitCalls: 0,
    servicesClosed: 0,
    events: null as ApiEventBus | null,
  };
  type Listener = (...args: unknown[]) => void;
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, l: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), l]);
      return this;
    }
    once(name: string, l: Listener) {
      return this.on(name, l);
    }
    emit(name: string, ...args: unknown[]) {
      for (const l of this.listeners.get(name) ?? []) l(...args);
    }
  }
  class FakeContents extends Emitter {
    url = '';
    sent: unknown[][] = [];
    mainFrame = { processId: 1, routingId: 0, parent: null, url: '' };
    windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    getURL() {
      return this.url;
    }
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
      this.windowOpenHandler = h;
    }
  }
  let nextRouting = 1;
  class FakeWindow extends Emitter {
    webContents = new FakeContents();
    loaded: string | null = null;
    constructor(public options: Record<string, unknown>) {
      super();
      this.webContents.mainFrame = { processId: 1, routingId: nextRouting++, parent: null, url: '' };
      state.windows.push(this);
      for (const l of state.appListeners.get('web-contents-created') ?? []) l({}, this.webContents);
    }
    async loadFile(file: string) {
      this.loaded = file;
      this.webContents.url = pathToFileURL(file).toString();
      this.webContents.mainFrame.url = this.webContents.url;
    }
    async loadURL(url: string) {
      this.loaded = url;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isVisible() {
      return true;
    }
    focus() {}
    restore() {}
    show() {}
  }
  class FakeNotification extends Emitter {
    shown = false;
    constructor(public options: Record<string, unknown>) {
      super();
      state.notifications.push(this);
    }
    static isSupported() {
      return true;
    }
    show() {
      this.shown = true;
    }
  }
  return { state, FakeWindow, FakeContents, FakeNotification };
});

vi.mock('electron', () => {
  const { state, FakeWindow, FakeNotification } = fake;
  const app = {
    isPackaged: false,
    on(name: string, l: (...args: unknown[]) => void) {
      state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), l]);
      return app;
    },
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    getPath: () => '/tmp/mesa-shell-test',
    setPath: vi.fn(),
    getLocale: () => 'es-PE',
    quit: () => {
      state.quitCalls++;
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      for (const l of state.appListeners.get('before-quit') ?? []) l(event);
    },
    exit: vi.fn(),
  };
  return {
    app,
    BrowserWindow: FakeWindow,
    Notification: FakeNotification,
    ipcMain: {
      handle: (channel: string, h: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        state.handlers.set(channel, h);
      },
      removeHandler: (channel: string) => state.handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => {
        state.menuTemplate = template;
        return { template };
      },
      setApplicationMenu: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (state.permissionCheck = h),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: (h: (...args: unknown[]) => void) => (state.headersHook = h) },
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.openExternal.push(url);
      },
    },
    dialog: { showErrorBox: vi.fn() },
    powerMonitor: { on: vi.fn() },
  };
});

vi.mock('../services/main-services', async () => {
  const { createHandlerRegistry } = await import('../api/handler-registry');
  const { createApiEventBus } = await import('../api/event-bus');
  return {
    createMainServices: async (options: { notifier: { notify(n: unknown): void } }) => {
      const registry = createHandlerRegistry();
      const events = createApiEventBus();
      fake.state.events = events;
      registry.register('session.get', (_input, caller) => {
        options.notifier.notify({
          title: 'SLA',
          body: caller.transport,
          ticketId: 't-1',
          urgency: 'critical',
        });
        return { language: 'en' } as never;
      });
      return {
        registry,
        events,
        close: async () => {
          fake.state.servicesClosed++;
        },
      };
    },
  };
});

const { state } = fake;
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
  await import('./main');
  await flush();
});

afterAll(() => vi.restoreAllMocks());

const agent = () => state.windows[0]!;
function ipcEvent(overrides: { url?: string; parent?: unknown; sender?: unknown; routingId?: number } = {}) {
  const win = agent();
  const main = win.webContents.mainFrame;
  return {
    sender: overrides.sender ?? win.webContents,
    senderFrame: {
      url: overrides.url ?? win.webContents.url,
      parent: overrides.parent ?? null,
      processId: main.processId,
      routingId: overrides.routingId ?? main.routingId,
    },
  };
}
const invoke = (event: unknown, method: string, input: unknown) =>
  state.handlers.get(BRIDGE_INVOKE_CHANNEL)!(event, method, input);

describe('electron shell wiring', () => {
  it('opens one hardened agent window on the built index.html', () => {
    expect(state.windows).toHaveLength(1);
    const { options, loaded } = agent();
    expect(options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
    expect(String((options['webPreferences'] as { preload: string }).preload)).toMatch(
      /[/\\]preload[/\\]index\.cjs$/,
    );
    expect(loaded).toMatch(/[/\\]renderer[/\\]index\.html$/);
  });

  it('serves IPC to our main frame only', async () => {
    await expect(invoke(ipcEvent(), 'session.get', {})).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
    const forbidden = { ok: false, error: { code: 'bridge.forbidden_sender', params: {}, fieldErrors: [] } };
    await expect(invoke(ipcEvent({ parent: {} }), 'session.get', {})).resolves.toEqual(forbidden);
    await expect(invoke(ipcEvent({ routingId: 999 }), 'session.get', {})).resolves.toEqual(forbidden);
    await expect(invoke(ipcEvent({ url: 'https://evil.example/' }), 'session.get', {})).resolves.toEqual(
      forbidden,
    );
    await expect(invoke(ipcEvent({ url: 'file:///etc/passwd' }), 'session.get', {})).resolves.toEqual(
      forbidden,
    );
    await expect(invoke(ipcEvent({ sender: new fake.FakeContents() }), 'session.get', {})).resolves.toEqual(
      forbidden,
    );
    await expect(
      invoke({ sender: agent().webContents, senderFrame: null }, 'session.get', {}),
    ).resolves.toEqual(forbidden);
    await expect(invoke(ipcEvent(), 'nope', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'bridge.unknown_method' },
    });
  });

  it('fans event-bus events out to our windows', () => {
    state.events!.emit('tickets.changed', { ticketIds: ['a'], views: [] });
    expect(agent().webContents.sent).toContainEqual([
      BRIDGE_EVENT_CHANNEL,
      { event: 'tickets.changed', payload: { ticketIds: ['a'], views: [] } },
    ]);
  });

  it('blocks navigation and new windows; only https/mailto go to the OS', () => {
    const contents = agent().webContents;
    const navigate = (url: string) => {
      const event = { url, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      contents.emit('will-navigate', event);
      return event.defaultPrevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(contents.url)).toBe(false);
    for (const url of [
      'https://a.example/',
      'mailto:x@y.z',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://h/s',
    ]) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    const webview = { defaultPrevented: false, preventDefault: () => (webview.defaultPrevented = true) };
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(state.openExternal).toEqual(['https://example.com/', 'https://a.example/', 'mailto:x@y.z']);
  });

  it('denies permissions by default', () => {
    const appUrl = agent().webContents.url;
    const ask = (permission: string, requestingUrl: string) =>
      new Promise((resolve) =>
        state.permissionRequest!(agent().webContents, permission, resolve, { requestingUrl }),
      );
    return Promise.all([
      expect(ask('media', appUrl)).resolves.toBe(false),
      expect(ask('notifications', appUrl)).resolves.toBe(false),
      expect(ask('clipboard-sanitized-write', 'https://evil.example/')).resolves.toBe(false),
      expect(ask('clipboard-sanitized-write', appUrl)).resolves.toBe(true),
    ]).then(() => {
      expect(state.permissionCheck!(agent().webContents, 'geolocation', '', { requestingUrl: appUrl })).toBe(
        false,
      );
    });
  });

  it('sets the production CSP header (no unsafe-eval)', () => {
    let headers: Record<string, string[]> = {};
    state.headersHook!(
      { responseHeaders: { 'content-security-policy': ['x'] } },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(Object.keys(headers)).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']![0]).toMatch(/script-src 'self';/);
    expect(headers['Content-Security-Policy']![0]).not.toMatch(/unsafe-eval/);
  });

  it('raises native notifications and focuses the agent window on click', async () => {
    const shownBefore = state.notifications.length;
    await invoke(ipcEvent(), 'session.get', {});
    const n = state.notifications[shownBefore]!;
    expect(n.options).toMatchObject({ title: 'SLA', body: 'ipc', urgency: 'critical' });
    expect(n.shown).toBe(true);
    const focus = vi.spyOn(agent(), 'focus');
    const opened: unknown[] = [];
    const off = state.events!.subscribe((event, payload) => event === 'ticket.openRequested' && opened.push(payload));
    n.emit('click');
    off();
    expect(focus).toHaveBeenCalled();
    expect(opened).toEqual([{ ticketId: 't-1' }]);
  });

  it('opens the supervisor dashboard from the menu (Ctrl+Shift+D), once', () => {
    const windowMenu = state.menuTemplate!.find((m) => (m as { label?: string }).label === 'Window') as {
      submenu: { id?: string; accelerator?: string; click?: () => void }[];
    };
    const item = windowMenu.submenu.find((i) => i.id === 'dashboard')!;
    expect(item.accelerator).toBe('CommandOrControl+Shift+D');
    item.click!();
    item.click!();
    expect(state.windows).toHaveLength(2);
    expect(state.windows[1]!.loaded).toMatch(/[/\\]renderer[/\\]dashboard\.html$/);
    expect(state.windows[1]!.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true },
    });
  });

  it('closes the services before quitting', async () => {
    const { app } = await import('electron');
    app.quit();
    await flush();
    expect(state.servicesClosed).toBe(1);
    expect(state.quitCalls).toBe(2); // the deferred quit after close
    expect(state.handlers.has(BRIDGE_INVOKE_CHANNEL)).toBe(false);
    expect(path.basename(String(agent().loaded))).toBe('index.html');
  });
});
