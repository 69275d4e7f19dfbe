import type { MesaBridge } from '../../shared/api/bridge';

declare global {
  /** Build flag (vite `define`): true in the browser test host build, false in the Electron build. */
  const __MESA_BROWSER_HOST__: boolean | undefined;

  interface Window {
    /** Exposed by the Electron preload (contextBridge); absent in the browser test host. */
    mesa?: MesaBridge;
  }
}

export {};
