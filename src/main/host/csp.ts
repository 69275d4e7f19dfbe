/**
 * The renderer's Content-Security-Policy, one definition for every place that serves the renderer:
 * the Electron shell (response header + meta tag injected at build time for file://), the browser
 * host (response header) and the Vite configs. Pure, no imports: it lives in plain-Node main because
 * the shell may import plain-Node main but not the other way round (eslint zones).
 *
 * It matches the meta tag in src/renderer/{index,dashboard}.html except that production Electron
 * builds drop that tag's `ws://127.0.0.1:*` (only the browser host needs a socket):
 * - no 'unsafe-eval', no inline scripts, no remote code: scripts only from the app itself;
 * - styles from the app plus inline styles ('unsafe-inline' for style-src only, as the renderer's
 *   own policy has it: ticket HTML in the sandboxed srcdoc iframe inherits this policy);
 * - no frames other than srcdoc ones, no plugins, no <base>, no form posts;
 *   A ticket's mail (components/mail/MailHtmlFrame.tsx) needs no loosening: it is an
 *   `<iframe sandbox="" srcdoc>` (srcdoc is not fetched, so `frame-src 'none'` does not block it but
 *   still stops the frame navigating anywhere), it inherits this policy (no script-src for it), and
 *   its images arrive from main as `data:` URLs, already allowed by `img-src` — no server origin is
 *   ever added to `img-src`/`frame-src`/`connect-src`;
 * - `connect-src` is 'self' plus whatever the caller adds (the browser host adds its loopback
 *   WebSocket; the Electron app talks to main over IPC, not the network).
 */
export interface CspOptions {
  /** Extra `connect-src` sources, e.g. `ws://127.0.0.1:41234`. */
  connectSrc?: readonly string[];
  /** For a `<meta>` tag: `frame-ancestors` is only honoured in a header (and warns in a meta tag). */
  forMeta?: boolean;
}

export function buildCsp(options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ');
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "form-action 'none'",
  ];
  if (!options.forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The policy of the packaged Electron app as a header (http(s) responses)… */
export const PRODUCTION_CSP = buildCsp();
/** …and as the meta tag its file:// pages carry. */
export const PRODUCTION_CSP_META = buildCsp({ forMeta: true });
