/**
 * A mail's HTML, shown the only way Mesa shows it: a srcdoc iframe with an empty `sandbox` (no
 * scripts, no same origin, no forms, no popups, no top navigation). The srcdoc also carries its own
 * CSP on top of the renderer's (which it inherits): nothing loads but inline `data:` images.
 */
const FRAME_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function mailSrcDoc(html: string): string {
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}">${html}`;
}

export function MailHtmlFrame({ html, title }: { html: string; title: string }) {
  return (
    <iframe
      className="mail__frame"
      data-testid="mail-frame"
      title={title}
      sandbox=""
      referrerPolicy="no-referrer"
      style={{ width: '100%', minHeight: '20rem', border: '1px solid currentColor', background: '#fff' }}
      srcDoc={mailSrcDoc(html)}
    />
  );
}
