/**
 * Preload (sandboxed, bundled to CommonJS at out/preload/index.cjs): exposes exactly one object,
 * `window.mesa`, with `invoke` and `on`. Nothing else crosses into the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { MesaBridge } from '../shared/api/bridge';
import { createPreloadBridge } from './bridge';

const bridge = createPreloadBridge(ipcRenderer) satisfies MesaBridge;

contextBridge.exposeInMainWorld('mesa', { invoke: bridge.invoke, on: bridge.on } satisfies MesaBridge);
