import type { z } from 'zod';
import { ERROR_CODES, MesaError, type ErrorCode } from '../../shared/errors';
import {
  LoginResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  ServerErrorBodySchema,
  type LoginResponse,
  type PullResponse,
  type PushResponse,
  type PushedMutation,
} from './sync-protocol';

/** The server could not be reached or did not answer in time: retry later, nothing is wrong locally. */
export class TransientSyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientSyncError';
  }
}

/** A refusal from the server: stable code plus the HTTP status (401 means the session is gone). */
export class ServerAnswerError extends MesaError {
  constructor(
    readonly status: number,
    code: ErrorCode,
    params: MesaError['params'],
    fieldErrors: MesaError['fieldErrors'],
  ) {
    super(code, params, fieldErrors);
    this.name = 'ServerAnswerError';
  }
}

export interface SyncHttpOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per request; a hung request is cut and retried. */
  timeoutMs?: number;
  /** Called with every answer's send/receive instants and Date header (clock offset). */
  onAnswer?: (sentAtMs: number, receivedAtMs: number, dateHeader: string | null) => void;
}

export interface SyncHttp {
  readonly baseUrl: string;
  login(email: string, password: string): Promise<LoginResponse>;
  logout(token: string): Promise<void>;
  push(token: string, clientId: string, mutations: PushedMutation[]): Promise<PushResponse>;
  pull(
    token: string,
    body: {
      clientId: string;
      cursor: string;
      limit: number;
      rejectionsAfter: number;
      scopes?: string[];
      compact?: boolean;
      snapshotLimit?: number;
      openOnly?: boolean;
    },
  ): Promise<PullResponse>;
}

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

export function normalizeServerUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new MesaError('sync.unreachable', { url: raw });
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function createSyncHttp(options: SyncHttpOptions): SyncHttp {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const baseUrl = normalizeServerUrl(options.baseUrl);

  async function request<T>(path: string, body: unknown, token: string | null, schema: z.ZodType<T> | null): Promise<T> {
    const sentAt = Date.now();
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new TransientSyncError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    options.onAnswer?.(sentAt, Date.now(), response.headers.get('date'));
    const text = await response.text().catch(() => '');
    if (response.status >= 500 || (response.status === 429 && path !== '/api/auth/login')) {
      throw new TransientSyncError(`${path}: HTTP ${response.status}`);
    }
    if (!response.ok) {
      const parsed = ServerErrorBodySchema.safeParse(safeJson(text));
      if (parsed.success && isErrorCode(parsed.data.code)) {
        throw new ServerAnswerError(response.status, parsed.data.code, parsed.data.params, parsed.data.fieldErrors);
      }
      throw new TransientSyncError(`${path}: HTTP ${response.status} without a Mesa error body`);
    }
    if (!schema) return undefined as T;
    const parsed = schema.safeParse(safeJson(text));
    if (!parsed.success) throw new TransientSyncError(`${path}: unexpected answer shape`);
    return parsed.data;
  }

  return {
    baseUrl,
    login: (email, password) => request('/api/auth/login', { email, password }, null, LoginResponseSchema),
    logout: (token) => request('/api/auth/logout', undefined, token, null),
    push: (token, clientId, mutations) => request('/api/sync/push', { clientId, mutations }, token, PushResponseSchema),
    pull: (token, body) => request('/api/sync/pull', body, token, PullResponseSchema),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
