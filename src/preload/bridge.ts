import {
  BRIDGE_EVENT_CHANNEL,
  BRIDGE_INVOKE_CHANNEL,
  type BridgeResult,
  type MesaBridge,
} from '../shared/api/bridge';
import { isApiEventName, isApiMethodName } from '../shared/api/contract';
import { MesaError } from '../shared/errors';

/** The slice of `ipcRenderer` the bridge uses (a fake one in unit tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type Listener = (payload: unknown) => void;

/**
 * The object behind `window.mesa`. Only contract method and event names get through; the IPC
 * event object and ipcRenderer itself never reach the page.
 */
export function createPreloadBridge(ipc: IpcRendererLike): MesaBridge {
  const listeners = new Map<string, Set<Listener>>();

  ipc.on(BRIDGE_EVENT_CHANNEL, (_event, message) => {
    if (typeof message !== 'object' || message === null) return;
    const { event, payload } = message as { event?: unknown; payload?: unknown };
    if (!isApiEventName(event)) return;
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`[mesa bridge] a "${event}" listener threw`, error);
      }
    }
  });

  const bridge = {
    invoke(method: string, input: unknown): Promise<BridgeResult> {
      if (!isApiMethodName(method)) {
        const error = new MesaError('bridge.unknown_method', { method: String(method).slice(0, 100) });
        return Promise.resolve({ ok: false, error: error.toJSON() });
      }
      return ipc.invoke(BRIDGE_INVOKE_CHANNEL, method, input).then(
        (result) => result as BridgeResult,
        (error: unknown) => {
          // Only when main has no handler (start-up/shut-down) or the input cannot be cloned.
          console.error(`[mesa bridge] ${method} did not reach main`, error);
          return { ok: false, error: new MesaError('internal').toJSON() };
        },
      );
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!isApiEventName(event) || typeof listener !== 'function') return () => {};
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  } satisfies MesaBridge;

  return bridge;
}
