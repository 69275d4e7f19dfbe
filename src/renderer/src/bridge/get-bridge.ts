import type { MesaBridge } from '../../../shared/api/bridge';
import { createWsBridge, wsConnectUrl } from './ws-bridge';

/** Only a loopback host is accepted: the test host never listens elsewhere. */
const LOOPBACK_WS = /^ws:\/\/127\.0\.0\.1:\d{1,5}(\/|$)/;

/** Parses `?host=ws://127.0.0.1:PORT/...&token=...`; null when absent or not loopback. */
export function browserHostParams(search: string): { host: string; token: string } | null {
  const params = new URLSearchParams(search);
  const host = params.get('host');
  const token = params.get('token');
  if (!host || !token || !LOOPBACK_WS.test(host)) return null;
  return { host, token };
}

/**
 * The bridge for this window: the preload's `window.mesa` in Electron; in the browser test host,
 * a WebSocket bridge built from the page URL. Null when neither is available.
 */
export function getBridge(win: Window = window): MesaBridge | null {
  if (win.mesa) return win.mesa;
  // The Electron build defines the flag false, so the WebSocket path is dead code there.
  if (typeof __MESA_BROWSER_HOST__ !== 'undefined' && !__MESA_BROWSER_HOST__) return null;
  const params = browserHostParams(win.location.search);
  if (!params) return null;
  return createWsBridge(wsConnectUrl(params.host, params.token), (url) => new WebSocket(url));
}
