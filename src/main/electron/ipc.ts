import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiEventBus } from '../api/event-bus';
import type { HandlerRegistry } from '../api/handler-registry';
import { BRIDGE_EVENT_CHANNEL, BRIDGE_INVOKE_CHANNEL, type BridgeResult } from '../../shared/api/bridge';
import { MesaError } from '../../shared/errors';
import { isAppUrl, type AppOrigin } from './trusted-origin';
import type { WindowManager } from './windows';

export interface BridgeIpcOptions {
  registry: HandlerRegistry;
  events: ApiEventBus;
  windows: WindowManager;
  origin: AppOrigin;
}

/**
 * Only our own pages, in their main frame, in one of our windows, may call the bridge. An iframe
 * (e.g. ticket HTML), a page that somehow navigated elsewhere, or a destroyed frame is refused.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  windows: WindowManager,
  origin: AppOrigin,
): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    // Compare ids rather than object identity: WebFrameMain wrappers are not guaranteed unique.
    const main = event.sender.mainFrame;
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    if (!windows.owns(event.sender)) return false;
    return isAppUrl(frame.url, origin);
  } catch {
    // A frame destroyed or navigated mid-call.
    return false;
  }
}

/**
 * One `ipcMain.handle` for the whole contract (the registry parses, dispatches and never throws),
 * and event-bus events fanned out to every window. Returns a disposer.
 */
export function registerBridgeIpc({ registry, events, windows, origin }: BridgeIpcOptions): () => void {
  ipcMain.handle(
    BRIDGE_INVOKE_CHANNEL,
    async (event, method: unknown, input: unknown): Promise<BridgeResult> => {
      if (!isTrustedSender(event, windows, origin)) {
        console.warn(`[ipc] refused ${String(method).slice(0, 100)} from an untrusted sender`);
        return { ok: false, error: new MesaError('bridge.forbidden_sender').toJSON() };
      }
      return registry.dispatch(method, input, { transport: 'ipc' });
    },
  );

  const unsubscribe = events.subscribe((event, payload) => {
    for (const win of windows.all()) {
      const contents = win.webContents;
      if (contents.isDestroyed() || !isAppUrl(contents.getURL(), origin)) continue;
      contents.send(BRIDGE_EVENT_CHANNEL, { event, payload });
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(BRIDGE_INVOKE_CHANNEL);
  };
}
