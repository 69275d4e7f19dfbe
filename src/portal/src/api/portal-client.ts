import type { ErrorParams, FieldError } from '../../../shared/errors';
import type {
  PortalCategory,
  PortalCreateInput,
  PortalMe,
  PortalTicketDetail,
  PortalTicketSummary,
} from '../../../shared/portal/portal-api';

/** A refusal from the server, with the one Mesa error body. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/portal${path}`, {
      method,
      credentials: 'same-origin',
      headers: method === 'POST' ? { 'content-type': 'application/json', 'x-mesa-csrf': csrfToken } : {},
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new PortalError(0, 'server.unavailable');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new PortalError(
      response.status,
      typeof data.code === 'string' ? data.code : 'internal',
      (data.params as ErrorParams | undefined) ?? {},
      (data.fieldErrors as FieldError[] | undefined) ?? [],
    );
  }
  return data as T;
}

export interface ActionDescription {
  purpose: 'resolution' | 'survey';
  actions: Array<'confirm' | 'reject' | 'rate'>;
  expiresAt: string;
  usedAt: string | null;
  usedAction: string | null;
  ticket: { number: string; title: string; status: string };
  language: 'es' | 'en';
}

export const portalApi = {
  me: () => request<PortalMe>('GET', '/me'),
  signIn: (email: string, password: string, next: string | null) =>
    request<{ next: string }>('POST', '/session', { email, password, next }),
  requestLink: (email: string, next: string | null) => request<{ sent: true }>('POST', '/link', { email, next }),
  redeemLink: (token: string) => request<{ next: string }>('POST', '/link/redeem', { token }),
  signOut: () => request<void>('POST', '/logout', {}),
  categories: () => request<PortalCategory[]>('GET', '/categories'),
  tickets: (scope: 'mine' | 'organization') => request<PortalTicketSummary[]>('GET', `/tickets?scope=${scope}`),
  ticket: (id: string) => request<PortalTicketDetail>('GET', `/tickets/${encodeURIComponent(id)}`),
  create: (input: PortalCreateInput) => request<{ id: string; number: string }>('POST', '/tickets', input),
  reply: (id: string, body: string) => request<{ commentId: string }>('POST', `/tickets/${encodeURIComponent(id)}/comments`, { body }),
  confirm: (id: string) => request<{ status: string }>('POST', `/tickets/${encodeURIComponent(id)}/confirm`, {}),
  reject: (id: string, reason: string) => request<{ status: string }>('POST', `/tickets/${encodeURIComponent(id)}/reject`, { reason }),
  rate: (id: string, score: number, comment: string | null) =>
    request<{ score: number }>('POST', `/tickets/${encodeURIComponent(id)}/rate`, { score, comment }),
  describeAction: (token: string) => request<ActionDescription>('GET', `/actions/${encodeURIComponent(token)}`),
  performAction: (token: string, body: { action: 'confirm' } | { action: 'reject'; reason: string | null } | { action: 'rate'; score: number; comment: string | null }) =>
    request<{ ticketId: string; action: string }>('POST', `/actions/${encodeURIComponent(token)}`, body),
};
