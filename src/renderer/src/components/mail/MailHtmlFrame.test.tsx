import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MailHtmlFrame, mailSrcDoc } from './MailHtmlFrame';

describe('MailHtmlFrame', () => {
  it('creates the iframe with an empty sandbox and the HTML as srcdoc, never as src', () => {
    const markup = renderToStaticMarkup(<MailHtmlFrame html="<p>Hola &amp; adiós</p>" title="Correo" />);
    expect(markup).toMatch(/^<iframe [^>]*sandbox=""/);
    expect(markup).toContain('srcDoc=');
    expect(markup).not.toMatch(/\ssrc=/);
    expect(markup).not.toMatch(/allow-/);
  });

  it('adds a frame CSP that forbids scripts and loads only data: images', () => {
    const doc = mailSrcDoc('<p>x</p>');
    expect(doc).toContain("default-src 'none'; img-src data:");
    expect(doc).not.toContain('script-src');
  });
});
