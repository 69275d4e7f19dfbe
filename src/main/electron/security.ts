import { app, shell, type Session, type WebContents } from 'electron';
import { PRODUCTION_CSP } from '../host/csp';
import { isAppUrl, isSafeExternalUrl, type AppOrigin } from './trusted-origin';

/** Permissions our own pages may use; everything else, and everything for any other page, is denied. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Hands https:/mailto: links to the OS; anything else is dropped (and logged). */
export function openExternalSafely(url: string): void {
  if (!isSafeExternalUrl(url)) {
    console.warn(`[security] refused to open external URL with scheme ${safeScheme(url)}`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.warn('[security] openExternal failed', error));
}

function safeScheme(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:/i.exec(url);
  return match ? match[0] : '(none)';
}

/**
 * Session-level hardening: permission requests and checks denied by default (a tiny allow-list for
 * our own pages), device (HID/USB/serial) access denied, and in production a strict CSP header on
 * every http(s) response. file:// responses do not pass through webRequest, so the production
 * build also carries the same policy as a `<meta>` tag (electron.vite.config.ts injects it).
 */
export function hardenSession(ses: Session, origin: AppOrigin, options: { production: boolean }): void {
  const allowed = (permission: string, url: string | undefined): boolean =>
    ALLOWED_PERMISSIONS.has(permission) && url !== undefined && isAppUrl(url, origin);

  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowed(permission, details.requestingUrl ?? contents?.getURL()));
  });
  ses.setPermissionCheckHandler((contents, permission, _requestingOrigin, details) =>
    allowed(permission, details.requestingUrl ?? contents?.getURL()),
  );
  ses.setDevicePermissionHandler(() => false);

  if (options.production) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders };
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === 'content-security-policy') delete headers[name];
      }
      headers['Content-Security-Policy'] = [PRODUCTION_CSP];
      callback({ responseHeaders: headers });
    });
  }
}

/** Per-WebContents rules: no navigation away, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, origin: AppOrigin): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] blocked a <webview>');
  });

  contents.setWindowOpenHandler(({ url }) => {
    // target=_blank links to the web or mail open in the user's browser / mail client, never here.
    openExternalSafely(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (event.url === contents.getURL()) return;
    event.preventDefault();
    if (isSafeExternalUrl(event.url)) openExternalSafely(event.url);
    else console.warn(`[security] blocked navigation (${safeScheme(event.url)})`);
  });

  // Sub-frames (the sandboxed iframe that shows ticket HTML) stay on their document.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // handled by will-navigate
    if (event.url === 'about:srcdoc' || event.url === 'about:blank' || isAppUrl(event.url, origin)) return;
    event.preventDefault();
  });

  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, origin)) event.preventDefault();
  });
}

/** Applies {@link hardenWebContents} to every WebContents the app ever creates (windows, frames, devtools). */
export function installWebContentsHardening(origin: AppOrigin): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));
}
