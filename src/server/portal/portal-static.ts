import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError } from '../http/http-error';
import type { PortalOptions } from './portal-options';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The portal's Content-Security-Policy: scripts and styles only from the portal itself (no inline
 * code, no eval), connections only to this server (HTTP API and chat WebSocket), no plugins, no
 * <base>, forms only to itself, and no framing, except the chat page that the widget frames on the
 * origins the admin allows (MESA_CHAT_EMBED_ORIGINS; any when unset).
 */
export function portalCsp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** A request path inside `root`, or null (traversal, NUL, bad escapes). */
export function resolveInside(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, decoded.replace(/^\/+/, ''));
  const rel = path.relative(base, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? null : file;
}

async function fileOrNull(file: string | null): Promise<Buffer | null> {
  if (!file) return null;
  const info = await stat(file).catch(() => null);
  return info?.isFile() ? readFile(file) : null;
}

/** Serves the built portal under /portal/ (SPA: unknown page paths get index.html). */
export function registerPortalStatic(app: FastifyInstance, options: PortalOptions): void {
  const root = options.staticDir;
  const chatAncestors = options.chatEmbedOrigins.length > 0 ? options.chatEmbedOrigins.join(' ') : '*';

  const send = (reply: FastifyReply, body: Buffer, file: string, frameable: boolean) => {
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    return reply
      .headers({
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': portalCsp(frameable ? chatAncestors : "'none'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cross-origin-opener-policy': 'same-origin',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(frameable ? {} : { 'x-frame-options': 'DENY' }),
      })
      .send(body);
  };

  app.get('/portal', async (_request, reply) => reply.redirect('/portal/requests', 302));
  app.get('/portal/*', async (request, reply) => {
    if (!root) throw new HttpError(404, 'http.not_found');
    const rest = (request.params as { '*': string })['*'] ?? '';
    const pathOnly = rest.split('?')[0] ?? '';
    // Files: the build's assets and the top-level public files; every other path is a page (an
    // action link's token contains a dot, so "has an extension" is not the test).
    const isFile = pathOnly.startsWith('assets/') || /^[\w-]+\.(js|ico|png|svg)$/.test(pathOnly);
    const asset = isFile ? resolveInside(root, pathOnly) : null;
    if (isFile) {
      const body = await fileOrNull(asset);
      if (!body || !asset) throw new HttpError(404, 'http.not_found');
      // The widget loader is the one file other sites include: they may fetch it.
      if (pathOnly === 'chat-widget.js') void reply.header('access-control-allow-origin', '*');
      return send(reply, body, asset, false);
    }
    const index = path.join(root, 'index.html');
    const body = await fileOrNull(index);
    if (!body) throw new HttpError(404, 'http.not_found');
    return send(reply, body, index, pathOnly === 'chat' || pathOnly.startsWith('chat/'));
  });
}
